// The names that open trusts of etr.csv were known by before a rename, or that a trust merged into
// them carried when etr.csv has no row for it (so etr-successors.ts cannot link it), with the
// acronyms staff still write. etr.csv gives only today's name, and entrants write the old ones
// ("Lancashire Care", "SomPar", "GWAS"); judges must not see those either (decision 035).
//
// Public record only: each line is what the trust's own history page and NHS England's ODS
// successor data say (a trust that kept its ODS code through a rename, or a merger's order). A name
// or acronym we are not sure of is left out, as are acronyms that are also English words ("HEY").
// The seed adds them as former names where the organisation does not have them yet.
export const ETR_FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  R1K: ["London North West Healthcare NHS Trust"],
  RAJ: ["Southend University Hospital NHS Foundation Trust", "MEHT"], // MEHT: Mid Essex Hospital Services, merged in 2020
  RAL: ["Royal Free Hampstead NHS Trust"],
  RA9: ["South Devon Healthcare NHS Foundation Trust"],
  RBN: ["St Helens and Knowsley Teaching Hospitals NHS Trust", "STHK"],
  RBV: ["Christie Hospital NHS Foundation Trust"],
  RC9: ["Luton and Dunstable University Hospital NHS Foundation Trust"],
  RCB: ["York Teaching Hospital NHS Foundation Trust"],
  RD8: ["Milton Keynes Hospital NHS Foundation Trust"],
  RDE: ["Colchester Hospital University NHS Foundation Trust"],
  RDU: ["Frimley Park Hospital NHS Foundation Trust"],
  REM: ["Aintree University Hospital NHS Foundation Trust"],
  RGM: ["Papworth Hospital NHS Foundation Trust"],
  RGN: ["Peterborough and Stamford Hospitals NHS Foundation Trust"],
  RH5: ["Somerset Partnership NHS Foundation Trust", "SomPar"],
  RH8: ["Royal Devon and Exeter NHS Foundation Trust", "RD&E"],
  RHM: ["Southampton University Hospitals NHS Trust"],
  RHU: ["Portsmouth Hospitals NHS Trust"],
  RJE: ["University Hospital of North Staffordshire NHS Trust", "UHNS"],
  RK9: ["Plymouth Hospitals NHS Trust"],
  RKL: ["West London Mental Health NHS Trust"],
  RM3: ["Salford Royal NHS Foundation Trust"],
  RMC: ["Royal Bolton Hospital NHS Foundation Trust"],
  RN5: ["Basingstoke and North Hampshire NHS Foundation Trust"],
  RNA: ["The Dudley Group of Hospitals NHS Foundation Trust"],
  RP5: ["Doncaster and Bassetlaw Hospitals NHS Foundation Trust"],
  RQ3: ["Birmingham Children's Hospital NHS Foundation Trust"],
  RQX: ["Homerton University Hospital NHS Foundation Trust"],
  RRE: ["South Staffordshire and Shropshire Healthcare NHS Foundation Trust", "SSSFT"],
  RTG: ["Derby Teaching Hospitals NHS Foundation Trust"],
  RTH: ["Oxford Radcliffe Hospitals NHS Trust", "ORH"],
  RTQ: ["2gether NHS Foundation Trust"],
  RW1: ["Hampshire Partnership NHS Foundation Trust"],
  RW4: ["Mersey Care NHS Trust"],
  RW5: ["Lancashire Care NHS Foundation Trust", "LCFT"],
  RWA: ["Hull and East Yorkshire Hospitals NHS Trust"],
  RWW: ["Warrington and Halton Hospitals NHS Foundation Trust"],
  RX4: ["Northumberland, Tyne and Wear NHS Foundation Trust", "NTW"],
  RXL: ["Blackpool, Fylde and Wyre Hospitals NHS Foundation Trust"],
  RXV: ["Greater Manchester West Mental Health NHS Foundation Trust", "GMW", "Manchester Mental Health and Social Care Trust"],
  RYF: ["Great Western Ambulance Service NHS Trust", "GWAS"],
  RYR: ["Western Sussex Hospitals NHS Foundation Trust"],
};

/** The former names and acronyms of the trust with this ODS code (none for most). */
export function formerNamesOf(odsCode: string | null): readonly string[] {
  return (odsCode && ETR_FORMER_NAMES[odsCode.toUpperCase()]) || [];
}
