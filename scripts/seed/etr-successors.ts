// Which trust of the register took over a closed one, for the closed trusts of etr.csv whose
// successor is a matter of public record (NHS England's ODS successor data and the merger orders):
// closed ODS code -> successor ODS code, one step only (Trafford Healthcare went to Central
// Manchester, which went to Manchester University). A closed trust split between several (Mid
// Staffordshire, South London Healthcare, Queen Mary's Sidcup) or whose end we are not sure of is left
// out. The seed links them when the secretariat has not, and redaction hides a predecessor's names as
// the successor's own (decision 030).
export const ETR_SUCCESSORS: Readonly<Record<string, string>> = {
  R1E: "RRE", // Staffordshire and Stoke on Trent Partnership -> Midlands Partnership
  R1G: "RA9", // Torbay and Southern Devon Health and Care -> Torbay and South Devon
  R1J: "RTQ", // Gloucestershire Care Services -> Gloucestershire Health and Care
  RA3: "RA7", // Weston Area Health -> University Hospitals Bristol and Weston
  RA4: "RH5", // Yeovil District Hospital -> Somerset
  RAP: "RAL", // North Middlesex University Hospital -> Royal Free London
  RBA: "RH5", // Taunton and Somerset -> Somerset
  RBB: "RD1", // Royal National Hospital for Rheumatic Diseases -> Royal United Hospitals Bath
  RBF: "RTH", // Nuffield Orthopaedic Centre -> Oxford University Hospitals
  RBZ: "RH8", // Northern Devon Healthcare -> Royal Devon University Healthcare
  RC1: "RC9", // Bedford Hospital -> Bedfordshire Hospitals
  RC3: "R1K", // Ealing Hospital -> London North West University Healthcare
  RCC: "RCB", // Scarborough and North East Yorkshire -> York (and Scarborough) Teaching Hospitals
  RCS: "RX1", // Nottingham City Hospital -> Nottingham University Hospitals
  RD3: "R0D", // Poole Hospital -> University Hospitals Dorset
  RD7: "RDU", // Heatherwood and Wexham Park -> Frimley Health
  RDD: "RAJ", // Basildon and Thurrock -> Mid and South Essex
  RDZ: "R0D", // Royal Bournemouth and Christchurch -> University Hospitals Dorset
  RE9: "R0B", // South Tyneside -> South Tyneside and Sunderland
  RFW: "RQM", // West Middlesex University Hospital -> Chelsea and Westminster
  RGC: "R1H", // Whipps Cross -> Barts Health
  RGQ: "RDE", // Ipswich Hospital -> East Suffolk and North Essex
  RJ5: "RYJ", // St Mary's -> Imperial College Healthcare
  RJF: "RTG", // Burton Hospitals -> University Hospitals of Derby and Burton
  RJX: "RW4", // Calderstones Partnership -> Mersey Care
  RLN: "R0B", // City Hospitals Sunderland -> South Tyneside and Sunderland
  RLU: "RQ3", // Birmingham Women's -> Birmingham Women's and Children's
  RM2: "R0A", // University Hospital of South Manchester -> Manchester University
  RM4: "RW3", // Trafford Healthcare -> Central Manchester University Hospitals
  RN1: "RN5", // Winchester and Eastleigh Healthcare -> Hampshire Hospitals
  RNH: "R1H", // Newham University Hospital -> Barts Health
  RNJ: "R1H", // Barts and the London -> Barts Health
  RNL: "RNN", // North Cumbria University Hospitals -> North Cumbria Integrated Care
  RPL: "RYR", // Worthing and Southlands Hospitals -> Western Sussex Hospitals (now University Hospitals Sussex)
  RPR: "RYR", // Royal West Sussex -> Western Sussex Hospitals (now University Hospitals Sussex)
  RQ6: "REM", // Royal Liverpool and Broadgreen University Hospitals -> Liverpool University Hospitals
  RQ8: "RAJ", // Mid Essex Hospital Services -> Mid and South Essex
  RQN: "RYJ", // Hammersmith Hospitals -> Imperial College Healthcare
  RQQ: "RGN", // Hinchingbrooke Health Care -> North West Anglia
  RR1: "RRK", // Heart of England -> University Hospitals Birmingham
  RRD: "R1L", // North Essex Partnership University -> Essex Partnership University
  RRP: "G6V2S", // Barnet, Enfield and Haringey Mental Health -> North London
  RT3: "RJ1", // Royal Brompton and Harefield -> Guy's and St Thomas'
  RT6: "RMY", // Suffolk Mental Health Partnership -> Norfolk and Suffolk
  RTV: "RW4", // North West Boroughs Healthcare -> Mersey Care
  RV7: "RWN", // Bedfordshire and Luton Mental Health and Social Care Partnership -> South Essex Partnership
  RV8: "R1K", // North West London Hospitals -> London North West University Healthcare
  RVL: "RAL", // Barnet and Chase Farm Hospitals -> Royal Free London
  RVX: "RX3", // Tees and North East Yorkshire -> Tees, Esk and Wear Valleys
  RVY: "RBN", // Southport and Ormskirk Hospital -> Mersey and West Lancashire Teaching Hospitals
  RW3: "R0A", // Central Manchester University Hospitals -> Manchester University
  RW6: "RM3", // Pennine Acute Hospitals -> Northern Care Alliance
  RW9: "RX4", // South of Tyne and Wearside Mental Health -> Northumberland, Tyne and Wear (now Cumbria, Northumberland, Tyne and Wear)
  RWN: "R1L", // South Essex Partnership University -> Essex Partnership University
  RWQ: "R1A", // Worcestershire Mental Health Partnership -> Worcestershire Health and Care (now Herefordshire and Worcestershire)
  RXH: "RYR", // Brighton and Sussex University Hospitals -> University Hospitals Sussex
};

/** The closed trusts that `odsCode` took over directly (the redactor's subject reads one step, as the model does). */
export function predecessorsOf(odsCode: string): string[] {
  return Object.entries(ETR_SUCCESSORS)
    .filter(([, successor]) => successor === odsCode)
    .map(([closed]) => closed);
}
