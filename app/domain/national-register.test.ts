import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  etrRowToEntry,
  isRegisterPredecessor,
  normaliseForSearch,
  odsDate,
  organisationTypeFromName,
  parseCsv,
  searchOrganisations,
  siteAndTown,
  titleCase,
  type Searchable,
} from "./national-register";

describe("reading etr.csv", () => {
  it("reads quoted fields with commas, doubled quotes and both kinds of line end", () => {
    expect(parseCsv('"A","B, C","say ""hi"""\r\n"D","",""\n')).toEqual([
      ["A", "B, C", 'say "hi"'],
      ["D", "", ""],
    ]);
  });

  it("reads a whole row of the file into a register entry", () => {
    const [row] = parseCsv(
      '"R0A","MANCHESTER UNIVERSITY NHS FOUNDATION TRUST","Y62","QOP","COBBETT HOUSE","OXFORD ROAD","","MANCHESTER","","M13 9WL","20171001","","","","","","","0300 3309444","","","","1","","B","","",""',
    );
    expect(etrRowToEntry(row)).toMatchObject({
      odsCode: "R0A",
      name: "Manchester University NHS Foundation Trust",
      nation: "England",
      region: "North West",
      icbCode: "QOP",
      site: "Cobbett House",
      town: "Manchester",
      postcode: "M13 9WL",
      openedOn: "2017-10-01",
      closedOn: null,
      kind: "nhs_trust",
    });
  });

  it("files a Welsh trust under Wales and keeps a closed trust's close date", () => {
    const wales = etrRowToEntry(parseCsv('"RT4","WELSH AMBULANCE SERVICES NHS TRUST","","","UNIT 7","FFORDD RICHARD DAVIES","ST ASAPH BUSINESS PARK","ST. ASAPH","","LL17 0LJ","19980401","","","","","","","","","","","1","","W","","",""')[0]);
    expect(wales).toMatchObject({ nation: "Wales", region: "Wales", type: "ambulance", town: "St. Asaph" });
    expect(odsDate("20200326")).toBe("2020-03-26");
    expect(odsDate("")).toBeNull();
    expect(odsDate("2020-03")).toBeNull();
  });
});

describe("title case for ODS names", () => {
  it.each([
    ["GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Guy's and St Thomas' NHS Foundation Trust"],
    ["ALDER HEY CHILDREN'S NHS FOUNDATION TRUST", "Alder Hey Children's NHS Foundation Trust"],
    ["THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS FOUNDATION TRUST", "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust"],
    ["ISLE OF WIGHT NHS TRUST", "Isle of Wight NHS Trust"],
    ["ROYAL BROMPTON & HAREFIELD NHS FOUNDATION TRUST", "Royal Brompton & Harefield NHS Foundation Trust"],
    ["EAST OF ENGLAND AMBULANCE SERVICE NHS TRUST", "East of England Ambulance Service NHS Trust"],
    ["STOKE-ON-TRENT", "Stoke-on-Trent"],
    ["WESTON-SUPER-MARE", "Weston-super-Mare"],
    ["KINGSTON UPON THAMES", "Kingston upon Thames"],
    ["ASHTON-UNDER-LYNE", "Ashton-under-Lyne"],
    ["MOUNT MCKINLEY", "Mount McKinley"],
    ["4TH FLOOR, EAST WING", "4th Floor, East Wing"],
    ["THE ROYAL MARSDEN NHS FOUNDATION TRUST", "The Royal Marsden NHS Foundation Trust"],
  ])("%s is %s", (upper, expected) => {
    expect(titleCase(upper)).toBe(expected);
  });

  it("keeps a name that is already in mixed case", () => {
    expect(titleCase("NHS 24")).toBe("NHS 24");
    expect(titleCase("Unite the Union")).toBe("Unite the Union");
  });

  it("never loses or adds a letter, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const cased = titleCase(text.toUpperCase());
        expect(cased.toLowerCase().replace(/\s+/g, " ")).toBe(text.toUpperCase().trim().replace(/\s+/g, " ").toLowerCase());
      }),
    );
  });
});

describe("headquarters and type from the file", () => {
  it("takes the site from the line that names a building, never a floor or a street", () => {
    expect(siteAndTown(["4TH FLOOR, EAST WING", "ST. PANCRAS HOSPITAL", "4 ST. PANCRAS WAY", "LONDON", ""])).toEqual({ site: "St. Pancras Hospital", town: "London" });
    expect(siteAndTown(["2 CAPITAL QUARTER", "TYNDALL STREET", "", "CARDIFF", ""])).toEqual({ site: null, town: "Cardiff" });
    expect(siteAndTown(["WITHINGTON", "550 WILMSLOW ROAD", "", "MANCHESTER", ""])).toEqual({ site: null, town: "Manchester" });
  });

  it("says what type a trust is only where its name makes it clear", () => {
    expect(organisationTypeFromName("North West Ambulance Service NHS Trust")).toBe("ambulance");
    expect(organisationTypeFromName("Greater Manchester Mental Health NHS Foundation Trust")).toBe("mental_health");
    expect(organisationTypeFromName("Kent Community Health NHS Foundation Trust")).toBe("community");
    expect(organisationTypeFromName("Hull University Teaching Hospitals NHS Trust")).toBe("acute");
    expect(organisationTypeFromName("Mersey Care NHS Foundation Trust")).toBe("other");
  });
});

describe("searching the register", () => {
  const org = (id: number, name: string, more: Partial<Searchable> = {}): Searchable => ({
    id,
    name,
    shortName: null,
    odsCode: null,
    town: null,
    closedOn: null,
    otherNames: [],
    ...more,
  });
  const register = [
    org(1, "Mersey Care NHS Foundation Trust", { odsCode: "RW4", town: "Prescot" }),
    org(2, "Mersey and West Lancashire Teaching Hospitals NHS Trust", { odsCode: "RBN", town: "Prescot" }),
    org(3, "Guy's and St Thomas' NHS Foundation Trust", { odsCode: "RJ1", otherNames: ["GSTT"] }),
    org(4, "NHS Greater Glasgow and Clyde", { shortName: "NHSGGC" }),
    org(5, "Swansea Bay University Health Board", { otherNames: ["Abertawe Bro Morgannwg University Health Board"] }),
    org(6, "Mersey Regional Ambulance Service NHS Trust", { closedOn: "2006-06-30" }),
  ];
  const ids = (q: string) => searchOrganisations(register, q).map((o) => o.id);

  it("finds by ODS code first, then by name, short name, other and former names, run-together names and town", () => {
    expect(ids("rw4")[0]).toBe(1);
    expect(ids("merseycare")).toEqual([1]);
    expect(ids("guys & st thomas")).toEqual([3]);
    expect(ids("GSTT")).toEqual([3]);
    expect(ids("nhsggc")).toEqual([4]);
    expect(ids("Abertawe")).toEqual([5]);
    expect(ids("prescot")).toEqual([2, 1]);
  });

  it("puts open organisations before closed ones that match as well", () => {
    expect(ids("mersey")).toEqual([2, 1, 6]);
  });

  it("gives at most the limit, and nothing for an empty search", () => {
    expect(searchOrganisations(register, "nhs", 2)).toHaveLength(2);
    expect(ids("   ")).toEqual([]);
  });

  it("never throws on hostile input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (q) => {
        expect(searchOrganisations(register, q).length).toBeLessThanOrEqual(20);
        normaliseForSearch(q);
      }),
    );
  });
});

describe("predecessors by the register alone", () => {
  const own = { postcode: "SE5 9RS", icbCode: "QKK", openedOn: "1993-04-01", closedOn: null };
  it("a closed trust at the entrant's headquarters postcode, or of its ICB closed in its lifetime, is a predecessor", () => {
    expect(isRegisterPredecessor(own, { postcode: "DA14 6LT", icbCode: "QKK", openedOn: "2009-04-01", closedOn: "2013-09-30" })).toBe(true);
    expect(isRegisterPredecessor({ ...own, icbCode: "QHM" }, { postcode: "se59rs", icbCode: "QXX", openedOn: "2001-04-01", closedOn: "2019-09-30" })).toBe(true);
  });
  it("a closed trust of another ICB, one closed before the entrant opened, and an open trust of its ICB are not", () => {
    expect(isRegisterPredecessor(own, { postcode: "PE27 4LG", icbCode: "S1Y5D", openedOn: "2010-04-01", closedOn: "2026-03-31" })).toBe(false);
    expect(isRegisterPredecessor({ ...own, openedOn: "2010-11-01" }, { postcode: "DA14 6LT", icbCode: "QKK", openedOn: "1993-04-01", closedOn: "2009-03-31" })).toBe(false);
    expect(isRegisterPredecessor(own, { postcode: "SE1 7EH", icbCode: "QKK", openedOn: "1993-04-01", closedOn: null })).toBe(false);
    expect(isRegisterPredecessor(own, { postcode: null, icbCode: null, openedOn: null, closedOn: "2013-09-30" })).toBe(false);
  });
});
