// The names that open trusts of etr.csv were known by before a rename, or that a trust merged into
// them carried when etr.csv has no row for it (so etr-successors.ts cannot link it), with the
// acronyms staff still write. etr.csv gives only today's name, and entrants write the old ones
// ("Lancashire Care", "SomPar", "GWAS"); judges must not see those either (decision 035).
//
// Sources, and what each line rests on (reviewed line by line in session 8 of decision 035):
// - The register (`../shared/reference/nhs-organisations/etr.csv`, the same file as
//   `scripts/seed/data/etr.csv`; NHS England ODS, Open Government Licence v3.0) confirms for every
//   line that the code is an open trust and what it is called today, and that no former name below
//   has a row of its own (checked by tests/unit/etr-former-names.test.ts). Where a line says
//   "register:", etr.csv shows a trust merged into this one closing (mostly on the date of the rename),
//   which dates the change but does not give the old name.
// - The former names and acronyms themselves are NOT in anything the project holds: the reference
//   folder has no history of names. They are public record (each trust's published history and the
//   ODS organisation history), written down by the team and marked "unverified here" until someone
//   checks each against ODS's history of the code (ord.digital.nhs.uk, "previous names"). Nothing
//   below is contradicted by the register; nothing was found that the register disproves, so no line
//   was removed. Known gap, left out rather than added from memory: RW1's name between 2011 and 2024.
// A name or acronym we are not sure of is left out, as are acronyms that are also English words
// ("HEY"). The seed adds them as former names where the organisation does not have them yet.
export const ETR_FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  R1K: ["London North West Healthcare NHS Trust"], // unverified here; renamed 2016; register: opened 2014-10-01, the day after Ealing Hospital (RC3) and North West London Hospitals (RV8) closed
  RAJ: ["Southend University Hospital NHS Foundation Trust", "MEHT"], // unverified here; MEHT: Mid Essex Hospital Services; register: RDD and RQ8 close 2020-03-31
  RAL: ["Royal Free Hampstead NHS Trust"], // unverified here; renamed on becoming a foundation trust, 2012
  RA9: ["South Devon Healthcare NHS Foundation Trust"], // unverified here; register: Torbay and Southern Devon (R1G) closes 2015-09-30
  RBN: ["St Helens and Knowsley Teaching Hospitals NHS Trust", "STHK"], // unverified here; register: Southport and Ormskirk (RVY) closes 2023-06-30
  RBV: ["Christie Hospital NHS Foundation Trust"], // unverified here; renamed "The Christie"
  RC9: ["Luton and Dunstable University Hospital NHS Foundation Trust"], // unverified here; register: Bedford Hospital (RC1) closes 2020-03-31
  RCB: ["York Teaching Hospital NHS Foundation Trust"], // unverified here; register: Scarborough and North East Yorkshire (RCC) closes 2012-06-30, merged in well before the rename
  RD8: ["Milton Keynes Hospital NHS Foundation Trust"], // unverified here; renamed on university status
  RDE: ["Colchester Hospital University NHS Foundation Trust"], // unverified here; register: Ipswich Hospital (RGQ) closes 2018-06-30
  RDU: ["Frimley Park Hospital NHS Foundation Trust"], // unverified here; register: Heatherwood and Wexham Park (RD7) closes 2014-09-30
  REM: ["Aintree University Hospital NHS Foundation Trust"], // unverified here; register: Royal Liverpool and Broadgreen (RQ6) closes 2019-09-30
  RGM: ["Papworth Hospital NHS Foundation Trust"], // unverified here; renamed "Royal Papworth"
  RGN: ["Peterborough and Stamford Hospitals NHS Foundation Trust"], // unverified here; register: Hinchingbrooke (RQQ) closes 2017-03-31
  RH5: ["Somerset Partnership NHS Foundation Trust", "SomPar"], // unverified here; register: Taunton and Somerset (RBA) closes 2020-03-31
  RH8: ["Royal Devon and Exeter NHS Foundation Trust", "RD&E"], // unverified here; register: Northern Devon Healthcare (RBZ) closes 2022-03-31
  RHM: ["Southampton University Hospitals NHS Trust"], // unverified here; renamed on becoming a foundation trust
  RHU: ["Portsmouth Hospitals NHS Trust"], // unverified here; renamed on university status
  RJE: ["University Hospital of North Staffordshire NHS Trust", "UHNS"], // unverified here; the register does not date the rename (Mid Staffordshire, RJD, closes in 2017 and was split)
  RK9: ["Plymouth Hospitals NHS Trust"], // unverified here; renamed on university status
  RKL: ["West London Mental Health NHS Trust"], // unverified here; renamed "West London NHS Trust"
  RM3: ["Salford Royal NHS Foundation Trust"], // unverified here; register: Pennine Acute (RW6) closes 2021-09-30
  RMC: ["Royal Bolton Hospital NHS Foundation Trust"], // unverified here; renamed "Bolton NHS Foundation Trust"
  RN5: ["Basingstoke and North Hampshire NHS Foundation Trust"], // unverified here; register: Winchester and Eastleigh (RN1) closes 2012-01-09
  RNA: ["The Dudley Group of Hospitals NHS Foundation Trust"], // unverified here; renamed "The Dudley Group"
  RP5: ["Doncaster and Bassetlaw Hospitals NHS Foundation Trust"], // unverified here; renamed on teaching status
  RQ3: ["Birmingham Children's Hospital NHS Foundation Trust"], // unverified here; register: Birmingham Women's (RLU) closes 2017-01-31
  RQX: ["Homerton University Hospital NHS Foundation Trust"], // unverified here; renamed "Homerton Healthcare"
  RRE: ["South Staffordshire and Shropshire Healthcare NHS Foundation Trust", "SSSFT"], // unverified here; register: Staffordshire and Stoke on Trent Partnership (R1E) closes 2018-05-31
  RTG: ["Derby Teaching Hospitals NHS Foundation Trust"], // unverified here; register: Burton Hospitals (RJF) closes 2018-06-30
  RTH: ["Oxford Radcliffe Hospitals NHS Trust", "ORH"], // unverified here; register: Nuffield Orthopaedic Centre (RBF) closes 2011-11-01
  RTQ: ["2gether NHS Foundation Trust"], // unverified here; register: Gloucestershire Care Services (R1J) closes 2019-09-30
  RW1: ["Hampshire Partnership NHS Foundation Trust"], // unverified here; register: Solent (R1C) closes 2024-09-30; the name used from 2011 to then is not listed (see above)
  RW4: ["Mersey Care NHS Trust"], // unverified here; the name before foundation trust status
  RW5: ["Lancashire Care NHS Foundation Trust", "LCFT"], // unverified here; renamed 2019
  RWA: ["Hull and East Yorkshire Hospitals NHS Trust"], // unverified here; renamed on teaching status
  RWW: ["Warrington and Halton Hospitals NHS Foundation Trust"], // unverified here; the register's current name for RWW is newer than anything the team has checked
  RX4: ["Northumberland, Tyne and Wear NHS Foundation Trust", "NTW"], // unverified here; register: opened 2006-04-01, when South of Tyne and Wearside (RW9) closed, which dates the former name, not the rename
  RXL: ["Blackpool, Fylde and Wyre Hospitals NHS Foundation Trust"], // unverified here; renamed on teaching status
  RXV: ["Greater Manchester West Mental Health NHS Foundation Trust", "GMW", "Manchester Mental Health and Social Care Trust"], // unverified here; the last: merged in, no row in etr.csv
  RYF: ["Great Western Ambulance Service NHS Trust", "GWAS"], // unverified here; merged in, no row in etr.csv
  RYR: ["Western Sussex Hospitals NHS Foundation Trust"], // unverified here; register: Brighton and Sussex University Hospitals (RXH) closes 2021-03-31
};

/** The former names and acronyms of the trust with this ODS code (none for most). */
export function formerNamesOf(odsCode: string | null): readonly string[] {
  return (odsCode && ETR_FORMER_NAMES[odsCode.toUpperCase()]) || [];
}
