// What a new award cycle starts with: the real 2025 criteria (from the SPF's and HPMA's pages) and
// the entry form's sections. Weights, word limits and descriptors are starting values for the
// secretariat to set; the award's published material does not give them.

export type CriterionDefault = {
  title: string;
  guidance: string;
  weight: number;
  scale_min: number;
  scale_max: number;
  descriptors: { score: number; text: string }[];
};

export const DEFAULT_CRITERIA: CriterionDefault[] = [
  {
    title: "Genuine partnership from the outset",
    guidance:
      "Show that employer and trade union representatives worked together from the start, shaping the initiative together, not just collaborating on a plan already made.",
    weight: 1,
    scale_min: 0,
    scale_max: 10,
    descriptors: [
      { score: 2, text: "Trade unions were informed or consulted after decisions were made." },
      { score: 5, text: "Trade unions were involved early and shaped parts of the work." },
      { score: 8, text: "Employer and staff side shaped the work together from the outset, with shared ownership throughout." },
    ],
  },
  {
    title: "Measurable and sustainable impact for the benefit of staff",
    guidance:
      "Give evidence, in numbers and/or what staff say, of the difference made for staff (and where you can, for patients, efficiency or HR practice), and how it will last.",
    weight: 1,
    scale_min: 0,
    scale_max: 10,
    descriptors: [
      { score: 2, text: "Impact is asserted with little evidence, or is not yet sustained." },
      { score: 5, text: "Some measured impact for staff, with a plan to sustain it." },
      { score: 8, text: "Clear, measured and lasting impact for staff, with evidence from several sources." },
    ],
  },
  {
    title: "Lessons learned, and whether it can be scaled up or replicated",
    guidance: "Say what you learned, how you shared it, and how others could adopt or scale up what you did.",
    weight: 1,
    scale_min: 0,
    scale_max: 10,
    descriptors: [
      { score: 2, text: "Little reflection; hard to see how others could use it." },
      { score: 5, text: "Some lessons drawn and shared locally." },
      { score: 8, text: "Thoughtful lessons, shared widely, and a clear route for others to replicate it." },
    ],
  },
];

export type SectionDefault = { key: string; title: string; guidance: string; word_limit: number; criterion_index: number | null };

/** The entry form: summary, evidence against each criterion, partners, outcomes, lessons, top tips. */
export const DEFAULT_SECTIONS: SectionDefault[] = [
  { key: "summary", title: "Summary", guidance: "What the initiative is, in brief.", word_limit: 250, criterion_index: null },
  ...DEFAULT_CRITERIA.map((c, i) => ({
    key: `evidence_${i + 1}`,
    title: `Evidence: ${c.title.toLowerCase()}`,
    guidance: c.guidance,
    word_limit: 500,
    criterion_index: i,
  })),
  { key: "partners", title: "Who you partnered with", guidance: "The trade unions, staff groups and others involved, and their part.", word_limit: 300, criterion_index: null },
  { key: "outcomes", title: "Outcomes", guidance: "What changed as a result, with numbers where you have them.", word_limit: 400, criterion_index: null },
  { key: "learning", title: "What you learned and how you shared it", guidance: "What worked, what you would do differently, and who you have told.", word_limit: 400, criterion_index: null },
  { key: "top_tips", title: "Top tips", guidance: "Advice for others trying something similar (used in the case study if you are shortlisted).", word_limit: 200, criterion_index: null },
];
