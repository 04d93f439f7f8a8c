// The demo story's people and organisations (fictional, shown as "Demo"): one account per role, all
// with the password below. Plain data: the seed (scripts/seed/demo.ts) creates them, and the sign-in
// page in demo mode and the server's start-up message list them.
import { slugify } from "./slug";
import type { JudgeSide, OrganisationType } from "./vocabulary";

export const DEMO_PASSWORD = "partnership-demo";

export type DemoOrganisation = {
  name: string;
  shortName: string;
  type: OrganisationType;
  region: string;
  odsCode: string;
  aliases: string[];
  entrant: string;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: "Northmoor Valley NHS Foundation Trust",
    shortName: "Northmoor Valley",
    type: "acute",
    region: "North West",
    odsCode: "DEMO1",
    aliases: ["NVFT", "Northmoor General Hospital", "Northmoor Valley FT"],
    entrant: "Jo Bennett",
  },
  {
    name: "Eastbrook Mental Health NHS Trust",
    shortName: "Eastbrook",
    type: "mental_health",
    region: "East of England",
    odsCode: "DEMO2",
    aliases: ["EMHT", "Eastbrook Mental Health"],
    entrant: "Ravi Chandran",
  },
  {
    name: "Harbourside Community Health NHS Trust",
    shortName: "Harbourside",
    type: "community",
    region: "South West",
    odsCode: "DEMO3",
    aliases: ["HCHT", "Harbourside Community"],
    entrant: "Megan Hughes",
  },
  {
    name: "Fellside Ambulance Service NHS Trust",
    shortName: "Fellside",
    type: "ambulance",
    region: "North East and Yorkshire",
    odsCode: "DEMO4",
    aliases: ["FAST", "Fellside Ambulance", "Fellside Ambulance Service"],
    entrant: "Tom Akinde",
  },
  {
    name: "Riverbend Integrated Care Board",
    shortName: "Riverbend",
    type: "integrated_care_board",
    region: "Midlands",
    odsCode: "DEMO5",
    aliases: ["Riverbend ICB", "RICB", "NHS Riverbend"],
    entrant: "Claire Dunmore",
  },
];

export type DemoJudge = { email: string; name: string; side: JudgeSide; organisation: string };

export const DEMO_JUDGES: DemoJudge[] = [
  { email: "judge.employer1@demo.test", name: "Helen Carter", side: "employer", organisation: "Northmoor Valley" },
  { email: "judge.employer2@demo.test", name: "David Okafor", side: "employer", organisation: "Harbourside" },
  { email: "judge.employer3@demo.test", name: "Sarah Lindqvist", side: "employer", organisation: "Riverbend" },
  { email: "judge.staffside1@demo.test", name: "Mark Thompson", side: "staff_side", organisation: "Eastbrook" },
  { email: "judge.staffside2@demo.test", name: "Aisha Rahman", side: "staff_side", organisation: "Fellside" },
  { email: "judge.staffside3@demo.test", name: "Gareth Price", side: "staff_side", organisation: "Northmoor Valley" },
];

export const DEMO_ADMIN = { email: "admin@demo.test", name: "Sam Patel" };

export function demoEntrantEmail(org: Pick<DemoOrganisation, "shortName">): string {
  return `entrant@${slugify(org.shortName, "organisation")}.demo.test`;
}

/** Every demo login, for the login page and the start-up message. */
export function demoLogins(): { email: string; role: string }[] {
  return [
    { email: DEMO_ADMIN.email, role: "Admin (SPF secretariat)" },
    ...DEMO_JUDGES.map((j) => ({ email: j.email, role: `Judge, ${j.side === "employer" ? "employer side" : "staff side"}` })),
    ...DEMO_ORGANISATIONS.map((o) => ({ email: demoEntrantEmail(o), role: `Entrant, ${o.name}` })),
  ];
}
