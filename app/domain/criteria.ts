// A criterion's score scale and its anchored descriptors (what a 2, a 5 or an 8 looks like), which
// the secretariat writes one per line as "score: description".
import type { Outcome } from "./outcome";

export type Descriptor = { score: number; text: string };

export const MAX_DESCRIPTORS = 11;
export const MAX_DESCRIPTOR_LENGTH = 500;

/** A criterion's stored descriptors (JSON), or none when the text is not a list of them. */
export function parseDescriptors(json: string): Descriptor[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((d): d is Descriptor => typeof d?.score === "number" && typeof d?.text === "string") : [];
  } catch {
    return [];
  }
}

export function descriptorsToText(descriptors: readonly Descriptor[]): string {
  return descriptors.map((d) => `${d.score}: ${d.text}`).join("\n");
}

/** Reads "score: description" lines; every score a whole number on the scale, each once. */
export function descriptorsFromText(text: string, scaleMin: number, scaleMax: number): Outcome<{ descriptors: Descriptor[] }> {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { ok: false, problem: "Describe at least one score, like 5: Trade unions shaped parts of the work" };
  if (lines.length > MAX_DESCRIPTORS) return { ok: false, problem: `Describe at most ${MAX_DESCRIPTORS} scores` };
  const descriptors: Descriptor[] = [];
  for (const [i, line] of lines.entries()) {
    const m = /^(-?\d+)\s*[:.\-–]\s*(.+)$/.exec(line);
    if (!m) return { ok: false, problem: `Line ${i + 1} must be a score, a colon and what that score looks like, like 5: Some measured impact` };
    const score = Number(m[1]);
    if (score < scaleMin || score > scaleMax) return { ok: false, problem: `Line ${i + 1}: ${score} is not on the scale of ${scaleMin} to ${scaleMax}` };
    if (descriptors.some((d) => d.score === score)) return { ok: false, problem: `Line ${i + 1}: the score ${score} is described twice` };
    if (m[2].length > MAX_DESCRIPTOR_LENGTH) return { ok: false, problem: `Line ${i + 1} must be ${MAX_DESCRIPTOR_LENGTH} characters or fewer` };
    descriptors.push({ score, text: m[2].trim() });
  }
  return { ok: true, descriptors: descriptors.sort((a, b) => a.score - b.score) };
}
