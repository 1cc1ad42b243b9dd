"""Adds the UN regional group and the LDC and SIDS flags to seed/respondents.csv, from the lists below.

Sources (read 2026-11-28):
- UN regional groups: UN Department for General Assembly and Conference Management, "United Nations
  Regional Groups of Member States". The United States is not a member of any group but is counted
  with the Western European and other States for electoral purposes; Türkiye and Israel are in WEOG;
  Kiribati in Asia-Pacific.
- Least developed countries: UN list of LDCs (UN DESA / Committee for Development Policy), 44 as of
  13 December 2024 after the graduations of Bhutan (13 December 2023) and São Tomé and Príncipe
  (13 December 2024), less Bangladesh, the Lao People's Democratic Republic and Nepal, graduated
  24 November 2026 (General Assembly resolution 76/8): 41. Checked against the CDP's 2024 Country
  Snapshots ("the 45 countries classified as LDCs in 2024", before São Tomé and Príncipe left).
- Small island developing States: UN-OHRLLS, "About the Small Island Developing States": "the 38 UN
  Member States" it recognises, Bahrain among them though not a member of AOSIS. The 39 sometimes
  quoted are AOSIS's members: 37 of these States, the Cook Islands and Niue, which are not UN Members.
  UN Member States only: associate members of the regional commissions are not in the registry.
"""
import csv
import io
import pathlib

GROUPS = {
    "african": """DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG CIV COD DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN
        GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TGO TUN
        UGA TZA ZMB ZWE""",
    "asia-pacific": """AFG BHR BGD BTN BRN KHM CHN CYP PRK FJI IND IDN IRN IRQ JPN JOR KAZ KIR KWT KGZ LAO LBN MYS
        MDV MHL FSM MNG MMR NRU NPL OMN PAK PLW PNG PHL QAT KOR WSM SAU SGP SLB LKA SYR TJK THA TLS TON TKM TUV
        ARE UZB VUT VNM YEM""",
    "eastern-european": """ALB ARM AZE BLR BIH BGR HRV CZE EST GEO HUN LVA LTU MNE POL MDA ROU RUS SRB SVK SVN MKD
        UKR""",
    "latin-american-and-caribbean": """ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI
        HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN""",
    "western-european-and-others": """AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL ISR ITA LIE LUX MLT MCO NLD
        NZL NOR PRT SMR ESP SWE CHE TUR GBR USA""",
}

LEAST_DEVELOPED = set("""AGO BEN BFA BDI CAF TCD COM COD DJI ERI ETH GMB GIN GNB LSO LBR MDG MWI MLI MRT MOZ NER RWA SEN
    SLE SOM SSD SDN TGO UGA TZA ZMB AFG KHM MMR TLS YEM HTI KIR SLB TUV""".split())

SMALL_ISLAND_DEVELOPING = set("""ATG BHS BRB BLZ CUB DMA DOM GRD GUY HTI JAM KNA LCA VCT SUR TTO
    FJI KIR MHL FSM NRU PLW PNG WSM SLB TLS TON TUV VUT
    BHR CPV COM GNB MDV MUS STP SYC SGP""".split())

path = pathlib.Path(__file__).with_name("respondents.csv")
rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
group_of = {code: group for group, codes in GROUPS.items() for code in codes.split()}
states = {row["id"] for row in rows if row["kind"] == "member-state"}
assert len(group_of) == sum(len(codes.split()) for codes in GROUPS.values()), "a state is in two groups"
assert set(group_of) == states, (set(group_of) ^ states)
assert LEAST_DEVELOPED <= states and SMALL_ISLAND_DEVELOPING <= states
assert len(states) == 193 and len(LEAST_DEVELOPED) == 41 and len(SMALL_ISLAND_DEVELOPING) == 38

# Bodies that are global; the Council of Europe is a European body; the OECD's members span regions
# without making it global, so its region is left unstated.
REGION_OF_ORGANISATION = {
    "icann": "global", "itu": "global", "w3c": "global", "isoc": "global", "unesco": "global", "wipo": "global",
    "nro": "global", "ietf": "global", "coe": "europe", "oecd": "",
}

columns = ["id", "kind", "stakeholderGroup", "region", "developing", "unRegionalGroup", "leastDeveloped",
           "smallIslandDeveloping", "displayName", "focalPointName", "focalPointEmail"]
flag = lambda value: "true" if value else "false"
out = io.StringIO()
writer = csv.DictWriter(out, columns, lineterminator="\n")
writer.writeheader()
for row in rows:
    state = row["kind"] == "member-state"
    if not state and row["id"] in REGION_OF_ORGANISATION:
        row["region"] = REGION_OF_ORGANISATION[row["id"]]
    row["unRegionalGroup"] = group_of[row["id"]] if state else ""
    row["leastDeveloped"] = flag(row["id"] in LEAST_DEVELOPED) if state else ""
    row["smallIslandDeveloping"] = flag(row["id"] in SMALL_ISLAND_DEVELOPING) if state else ""
    writer.writerow({column: row.get(column, "") for column in columns})
path.write_text(out.getvalue(), encoding="utf-8")
