// The national register beyond NHS England's file of trusts: Scotland's health boards, Wales's health
// boards and special health authorities, Northern Ireland's health and social care trusts, England's
// integrated care boards as established, and the national bodies and trade unions of the Social
// Partnership Forum. Only facts we are sure of: an ODS code we are not sure of is left null, and
// the secretariat fills gaps on the admin pages.
import type { OrganisationType } from "../../db/schema";
import type { Nation, RegisterEntry, RegisterKind } from "../../app/domain/national-register";

const SCOTLAND = "Scottish Government: NHS Scotland health boards (territorial, special and public health)";
const WALES = "Welsh Government: NHS Wales local health boards, trusts and special health authorities";
const NORTHERN_IRELAND = "Department of Health (Northern Ireland): health and social care trusts and bodies";
const ICBS = "NHS England: integrated care boards as established on 1 July 2022 (later mergers are not recorded here)";
const NATIONAL = "NHS Social Partnership Forum: its members, national bodies and trade unions";

type Body = {
  name: string;
  shortName?: string;
  odsCode?: string;
  formerNames?: string[];
  aliases?: string[];
  type?: OrganisationType;
};

function entries(kind: RegisterKind, nation: Nation, region: string | null, source: string, bodies: Body[]): RegisterEntry[] {
  return bodies.map((b) => ({
    odsCode: b.odsCode ?? null,
    name: b.name,
    shortName: b.shortName ?? null,
    kind,
    type: b.type ?? (kind === "integrated_care_board" ? "integrated_care_board" : "other"),
    nation,
    region,
    icbCode: null,
    site: null,
    town: null,
    postcode: null,
    openedOn: kind === "integrated_care_board" ? "2022-07-01" : null,
    closedOn: null,
    source,
    formerNames: b.formerNames ?? [],
    aliases: b.aliases ?? [],
  }));
}

const SCOTTISH_TERRITORIAL_BOARDS: Body[] = [
  { name: "NHS Ayrshire and Arran", aliases: ["NHS Ayrshire & Arran"] },
  { name: "NHS Borders" },
  { name: "NHS Dumfries and Galloway", aliases: ["NHS Dumfries & Galloway"] },
  { name: "NHS Fife" },
  { name: "NHS Forth Valley" },
  { name: "NHS Grampian" },
  { name: "NHS Greater Glasgow and Clyde", shortName: "NHSGGC", aliases: ["NHS Greater Glasgow & Clyde"] },
  { name: "NHS Highland" },
  { name: "NHS Lanarkshire" },
  { name: "NHS Lothian" },
  { name: "NHS Orkney" },
  { name: "NHS Shetland" },
  { name: "NHS Tayside" },
  { name: "NHS Western Isles", aliases: ["Bòrd SSN nan Eilean Siar"] },
];

const SCOTTISH_NATIONAL_BOARDS: Body[] = [
  { name: "NHS National Services Scotland", shortName: "NSS" },
  { name: "NHS Education for Scotland", shortName: "NES" },
  { name: "Healthcare Improvement Scotland", shortName: "HIS" },
  { name: "Public Health Scotland", shortName: "PHS" },
  { name: "Scottish Ambulance Service", type: "ambulance" },
  { name: "NHS 24" },
  { name: "The State Hospitals Board for Scotland", shortName: "The State Hospital", type: "mental_health" },
  { name: "NHS Golden Jubilee", shortName: "Golden Jubilee", formerNames: ["National Waiting Times Centre Board"] },
];

const WELSH_HEALTH_BOARDS: Body[] = [
  { name: "Aneurin Bevan University Health Board", odsCode: "7A6" },
  { name: "Betsi Cadwaladr University Health Board", odsCode: "7A1" },
  { name: "Cardiff and Vale University Health Board", odsCode: "7A4" },
  { name: "Cwm Taf Morgannwg University Health Board", odsCode: "7A5", formerNames: ["Cwm Taf University Health Board"] },
  { name: "Hywel Dda University Health Board", odsCode: "7A2" },
  { name: "Powys Teaching Health Board", odsCode: "7A7" },
  { name: "Swansea Bay University Health Board", odsCode: "7A3", formerNames: ["Abertawe Bro Morgannwg University Health Board"] },
];

// Velindre, the Welsh Ambulance Services and Public Health Wales are in etr.csv already.
const WELSH_SPECIAL_HEALTH_AUTHORITIES: Body[] = [
  { name: "Health Education and Improvement Wales", shortName: "HEIW" },
  { name: "Digital Health and Care Wales", shortName: "DHCW" },
];

const NORTHERN_IRISH_BODIES: Body[] = [
  { name: "Belfast Health and Social Care Trust", shortName: "Belfast Trust" },
  { name: "Northern Health and Social Care Trust", shortName: "Northern Trust" },
  { name: "South Eastern Health and Social Care Trust", shortName: "South Eastern Trust" },
  { name: "Southern Health and Social Care Trust", shortName: "Southern Trust" },
  { name: "Western Health and Social Care Trust", shortName: "Western Trust" },
  { name: "Northern Ireland Ambulance Service Health and Social Care Trust", shortName: "Northern Ireland Ambulance Service", aliases: ["NIAS"], type: "ambulance" },
];

const BUSINESS_SERVICES_ORGANISATION: Body[] = [{ name: "Business Services Organisation", shortName: "BSO" }];

const INTEGRATED_CARE_BOARDS: [string, string][] = [
  ["QHG", "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"],
  ["QHL", "NHS Birmingham and Solihull Integrated Care Board"],
  ["QUA", "NHS Black Country Integrated Care Board"],
  ["QOX", "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"],
  ["QUY", "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board"],
  ["QU9", "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"],
  ["QUE", "NHS Cambridgeshire and Peterborough Integrated Care Board"],
  ["QYG", "NHS Cheshire and Merseyside Integrated Care Board"],
  ["QT6", "NHS Cornwall and the Isles of Scilly Integrated Care Board"],
  ["QWU", "NHS Coventry and Warwickshire Integrated Care Board"],
  ["QJ2", "NHS Derby and Derbyshire Integrated Care Board"],
  ["QJK", "NHS Devon Integrated Care Board"],
  ["QVV", "NHS Dorset Integrated Care Board"],
  ["QNQ", "NHS Frimley Integrated Care Board"],
  ["QR1", "NHS Gloucestershire Integrated Care Board"],
  ["QOP", "NHS Greater Manchester Integrated Care Board"],
  ["QRL", "NHS Hampshire and Isle of Wight Integrated Care Board"],
  ["QGH", "NHS Herefordshire and Worcestershire Integrated Care Board"],
  ["QM7", "NHS Hertfordshire and West Essex Integrated Care Board"],
  ["QOQ", "NHS Humber and North Yorkshire Integrated Care Board"],
  ["QKS", "NHS Kent and Medway Integrated Care Board"],
  ["QE1", "NHS Lancashire and South Cumbria Integrated Care Board"],
  ["QK1", "NHS Leicester, Leicestershire and Rutland Integrated Care Board"],
  ["QJM", "NHS Lincolnshire Integrated Care Board"],
  ["QH8", "NHS Mid and South Essex Integrated Care Board"],
  ["QMM", "NHS Norfolk and Waveney Integrated Care Board"],
  ["QMJ", "NHS North Central London Integrated Care Board"],
  ["QMF", "NHS North East London Integrated Care Board"],
  ["QHM", "NHS North East and North Cumbria Integrated Care Board"],
  ["QRV", "NHS North West London Integrated Care Board"],
  ["QPM", "NHS Northamptonshire Integrated Care Board"],
  ["QT1", "NHS Nottingham and Nottinghamshire Integrated Care Board"],
  ["QOC", "NHS Shropshire, Telford and Wrekin Integrated Care Board"],
  ["QSL", "NHS Somerset Integrated Care Board"],
  ["QKK", "NHS South East London Integrated Care Board"],
  ["QWE", "NHS South West London Integrated Care Board"],
  ["QF7", "NHS South Yorkshire Integrated Care Board"],
  ["QNC", "NHS Staffordshire and Stoke-on-Trent Integrated Care Board"],
  ["QJG", "NHS Suffolk and North East Essex Integrated Care Board"],
  ["QXU", "NHS Surrey Heartlands Integrated Care Board"],
  ["QNX", "NHS Sussex Integrated Care Board"],
  ["QWO", "NHS West Yorkshire Integrated Care Board"],
];

const NATIONAL_BODIES: Body[] = [
  { name: "NHS England", shortName: "NHSE", odsCode: "X24" },
  { name: "NHS Employers" },
  { name: "NHS Confederation", shortName: "NHS Confed" },
  { name: "Department of Health and Social Care", shortName: "DHSC" },
  { name: "NHS Social Partnership Forum", shortName: "SPF", aliases: ["Social Partnership Forum"] },
  { name: "Healthcare People Management Association", shortName: "HPMA" },
];

const TRADE_UNIONS: Body[] = [
  { name: "UNISON" },
  { name: "Royal College of Nursing", shortName: "RCN" },
  { name: "Unite the Union", shortName: "Unite" },
  { name: "GMB" },
  { name: "British Medical Association", shortName: "BMA" },
  { name: "Royal College of Midwives", shortName: "RCM" },
  { name: "Chartered Society of Physiotherapy", shortName: "CSP" },
  { name: "Society of Radiographers", shortName: "SoR" },
  { name: "British Dietetic Association", shortName: "BDA" },
  { name: "Royal College of Podiatry", formerNames: ["Society of Chiropodists and Podiatrists"] },
  { name: "British Association of Occupational Therapists", shortName: "BAOT", aliases: ["Royal College of Occupational Therapists"] },
  { name: "Managers in Partnership", shortName: "MiP" },
  { name: "Hospital Consultants and Specialists Association", shortName: "HCSA" },
  { name: "British and Irish Orthoptic Society", shortName: "BIOS" },
];

/** Every body of the register that is not in etr.csv. */
export const REGISTER_BODIES: RegisterEntry[] = [
  ...entries("health_board", "Scotland", "Scotland", SCOTLAND, SCOTTISH_TERRITORIAL_BOARDS),
  ...entries("special_health_board", "Scotland", "Scotland", SCOTLAND, SCOTTISH_NATIONAL_BOARDS),
  ...entries("health_board", "Wales", "Wales", WALES, WELSH_HEALTH_BOARDS),
  ...entries("special_health_board", "Wales", "Wales", WALES, WELSH_SPECIAL_HEALTH_AUTHORITIES),
  ...entries("hsc_trust", "Northern Ireland", "Northern Ireland", NORTHERN_IRELAND, NORTHERN_IRISH_BODIES),
  ...entries("national_body", "Northern Ireland", "Northern Ireland", NORTHERN_IRELAND, BUSINESS_SERVICES_ORGANISATION),
  ...entries(
    "integrated_care_board",
    "England",
    null,
    ICBS,
    INTEGRATED_CARE_BOARDS.map(([odsCode, name]) => ({ odsCode, name, aliases: [name.replace(/^NHS /, "").replace(/Integrated Care Board$/, "ICB")] })),
  ),
  ...entries("national_body", "United Kingdom", null, NATIONAL, NATIONAL_BODIES),
  ...entries("trade_union", "United Kingdom", null, NATIONAL, TRADE_UNIONS),
];
