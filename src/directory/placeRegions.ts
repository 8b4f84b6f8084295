/**
 * Named regions texters give as their place ("the panhandle", "cape cod", "the berkshires", "permian basin"): no town,
 * but a part of a state its people know by name, with a town at its heart that meetings are searched from. Each is
 * said back with that town ("Amarillo (Texas Panhandle), TX"), so the texter sees where the search looked and can
 * name their own town. A region whose name several states use ("the panhandle", "north shore") is one per state, as
 * namesake towns are: the texter's number's state picks it, or the line asks which state.
 *
 * A side of a whole state ("west texas", "upstate ny", "northern california") is not here: too wide to search from
 * one town, it is asked about ("Which town in Texas?", placeIndex's isRegionOfState). The centres are towns of the
 * postal table, looked up by name when the tables are built: no point here is typed by hand. Sources: the regions'
 * own usage (state tourism and regional council names), the centre its largest or most central town.
 */

/** A named region: what texters call it, its name as said back, its state, and the town searched from. */
export interface Region {
  /** Lower-case names as texted, "the" included where people say it ("the berkshires", "berkshires"). */
  said: readonly string[];
  /** Its name as said back, e.g. "Texas Panhandle". */
  name: string;
  /** Two-letter state code. */
  state: string;
  /** The town the search starts from, as the postal table names it in that state. */
  centre: string;
}

/** Region entries, grouped by state; a region of several states is one entry per state. */
export const REGIONS: readonly Region[] = [
  // Texas.
  {
    said: ['the panhandle', 'texas panhandle', 'tx panhandle', 'panhandle of texas'],
    name: 'Texas Panhandle',
    state: 'TX',
    centre: 'Amarillo',
  },
  {
    said: ['permian basin', 'the permian basin', 'the permian'],
    name: 'Permian Basin',
    state: 'TX',
    centre: 'Midland',
  },
  { said: ['south plains', 'the south plains'], name: 'South Plains', state: 'TX', centre: 'Lubbock' },
  { said: ['big country', 'the big country'], name: 'Big Country', state: 'TX', centre: 'Abilene' },
  { said: ['concho valley', 'the concho valley'], name: 'Concho Valley', state: 'TX', centre: 'San Angelo' },
  {
    said: ['hill country', 'the hill country', 'texas hill country'],
    name: 'Hill Country',
    state: 'TX',
    centre: 'Kerrville',
  },
  { said: ['golden triangle', 'the golden triangle'], name: 'Golden Triangle', state: 'TX', centre: 'Beaumont' },
  { said: ['coastal bend', 'the coastal bend'], name: 'Coastal Bend', state: 'TX', centre: 'Corpus Christi' },
  { said: ['brazos valley', 'the brazos valley'], name: 'Brazos Valley', state: 'TX', centre: 'Bryan' },
  { said: ['big bend', 'the big bend'], name: 'Big Bend', state: 'TX', centre: 'Alpine' },
  { said: ['piney woods', 'the piney woods'], name: 'Piney Woods', state: 'TX', centre: 'Lufkin' },
  { said: ['texoma'], name: 'Texoma', state: 'TX', centre: 'Sherman' },
  // Oklahoma.
  {
    said: ['the panhandle', 'oklahoma panhandle', 'ok panhandle', 'panhandle of oklahoma'],
    name: 'Oklahoma Panhandle',
    state: 'OK',
    centre: 'Guymon',
  },
  { said: ['green country'], name: 'Green Country', state: 'OK', centre: 'Tulsa' },
  // Florida.
  {
    said: ['the panhandle', 'florida panhandle', 'fl panhandle', 'panhandle of florida'],
    name: 'Florida Panhandle',
    state: 'FL',
    centre: 'Panama City',
  },
  { said: ['the keys', 'florida keys', 'the florida keys'], name: 'Florida Keys', state: 'FL', centre: 'Marathon' },
  { said: ['space coast', 'the space coast'], name: 'Space Coast', state: 'FL', centre: 'Melbourne' },
  { said: ['treasure coast', 'the treasure coast'], name: 'Treasure Coast', state: 'FL', centre: 'Port Saint Lucie' },
  { said: ['emerald coast', 'the emerald coast'], name: 'Emerald Coast', state: 'FL', centre: 'Fort Walton Beach' },
  { said: ['tampa bay', 'the tampa bay area'], name: 'Tampa Bay', state: 'FL', centre: 'Tampa' },
  // Nebraska, Idaho, West Virginia: panhandles too.
  {
    said: ['the panhandle', 'nebraska panhandle', 'panhandle of nebraska'],
    name: 'Nebraska Panhandle',
    state: 'NE',
    centre: 'Scottsbluff',
  },
  {
    said: ['the panhandle', 'idaho panhandle', 'north idaho'],
    name: 'Idaho Panhandle',
    state: 'ID',
    centre: "Coeur D'Alene",
  },
  { said: ['treasure valley', 'the treasure valley'], name: 'Treasure Valley', state: 'ID', centre: 'Boise' },
  { said: ['magic valley', 'the magic valley'], name: 'Magic Valley', state: 'ID', centre: 'Twin Falls' },
  { said: ['northern panhandle'], name: 'Northern Panhandle', state: 'WV', centre: 'Wheeling' },
  { said: ['eastern panhandle'], name: 'Eastern Panhandle', state: 'WV', centre: 'Martinsburg' },
  // Massachusetts.
  { said: ['cape cod', 'the cape', 'cape cod ma'], name: 'Cape Cod', state: 'MA', centre: 'Hyannis' },
  {
    said: ['the berkshires', 'berkshires', 'the berkshire hills'],
    name: 'Berkshires',
    state: 'MA',
    centre: 'Pittsfield',
  },
  { said: ['north shore', 'the north shore'], name: 'North Shore', state: 'MA', centre: 'Salem' },
  { said: ['south shore', 'the south shore'], name: 'South Shore', state: 'MA', centre: 'Weymouth' },
  { said: ['south coast', 'the south coast'], name: 'South Coast', state: 'MA', centre: 'New Bedford' },
  { said: ['pioneer valley', 'the pioneer valley'], name: 'Pioneer Valley', state: 'MA', centre: 'Springfield' },
  { said: ['metrowest', 'metro west'], name: 'MetroWest', state: 'MA', centre: 'Framingham' },
  { said: ['merrimack valley', 'the merrimack valley'], name: 'Merrimack Valley', state: 'MA', centre: 'Lowell' },
  { said: ['marthas vineyard', 'martha s vineyard'], name: "Martha's Vineyard", state: 'MA', centre: 'Vineyard Haven' },
  // New York.
  { said: ['north shore', 'the north shore'], name: 'North Shore', state: 'NY', centre: 'Huntington' },
  { said: ['the hamptons', 'hamptons'], name: 'Hamptons', state: 'NY', centre: 'Southampton' },
  { said: ['hudson valley', 'the hudson valley'], name: 'Hudson Valley', state: 'NY', centre: 'Poughkeepsie' },
  { said: ['finger lakes', 'the finger lakes'], name: 'Finger Lakes', state: 'NY', centre: 'Geneva' },
  { said: ['north country', 'the north country'], name: 'North Country', state: 'NY', centre: 'Watertown' },
  { said: ['southern tier', 'the southern tier'], name: 'Southern Tier', state: 'NY', centre: 'Binghamton' },
  {
    said: ['capital region', 'the capital region', 'capital district', 'the capital district'],
    name: 'Capital Region',
    state: 'NY',
    centre: 'Albany',
  },
  { said: ['the adirondacks', 'adirondacks', 'the dacks'], name: 'Adirondacks', state: 'NY', centre: 'Lake Placid' },
  // New Jersey, Pennsylvania, Maryland, Virginia.
  { said: ['jersey shore', 'the jersey shore'], name: 'Jersey Shore', state: 'NJ', centre: 'Toms River' },
  { said: ['the poconos', 'poconos', 'pocono mountains'], name: 'Poconos', state: 'PA', centre: 'Stroudsburg' },
  { said: ['lehigh valley', 'the lehigh valley'], name: 'Lehigh Valley', state: 'PA', centre: 'Allentown' },
  { said: ['eastern shore', 'the eastern shore', 'delmarva'], name: 'Eastern Shore', state: 'MD', centre: 'Salisbury' },
  { said: ['hampton roads', 'tidewater', 'the tidewater'], name: 'Hampton Roads', state: 'VA', centre: 'Norfolk' },
  {
    said: ['shenandoah valley', 'the shenandoah valley'],
    name: 'Shenandoah Valley',
    state: 'VA',
    centre: 'Harrisonburg',
  },
  // The Carolinas.
  { said: ['outer banks', 'the outer banks', 'obx'], name: 'Outer Banks', state: 'NC', centre: 'Nags Head' },
  { said: ['the triangle', 'research triangle'], name: 'Triangle', state: 'NC', centre: 'Raleigh' },
  { said: ['the triad', 'piedmont triad'], name: 'Triad', state: 'NC', centre: 'Greensboro' },
  { said: ['lowcountry', 'the lowcountry', 'low country'], name: 'Lowcountry', state: 'SC', centre: 'Charleston' },
  { said: ['grand strand', 'the grand strand'], name: 'Grand Strand', state: 'SC', centre: 'Myrtle Beach' },
  // The Midwest.
  {
    said: ['upper peninsula', 'the upper peninsula', 'the up', 'the u p'],
    name: 'Upper Peninsula',
    state: 'MI',
    centre: 'Marquette',
  },
  { said: ['iron range', 'the iron range'], name: 'Iron Range', state: 'MN', centre: 'Hibbing' },
  {
    said: ['fox valley', 'the fox valley', 'fox cities', 'the fox cities'],
    name: 'Fox Valley',
    state: 'WI',
    centre: 'Appleton',
  },
  { said: ['quad cities', 'the quad cities'], name: 'Quad Cities', state: 'IA', centre: 'Davenport' },
  { said: ['north shore', 'the north shore'], name: 'North Shore', state: 'IL', centre: 'Evanston' },
  { said: ['chicagoland'], name: 'Chicagoland', state: 'IL', centre: 'Chicago' },
  { said: ['the ozarks', 'ozarks'], name: 'Ozarks', state: 'MO', centre: 'Springfield' },
  { said: ['northwest arkansas', 'nwa'], name: 'Northwest Arkansas', state: 'AR', centre: 'Fayetteville' },
  { said: ['black hills', 'the black hills'], name: 'Black Hills', state: 'SD', centre: 'Rapid City' },
  // The West.
  { said: ['tri cities', 'the tri cities'], name: 'Tri-Cities', state: 'WA', centre: 'Kennewick' },
  {
    said: ['olympic peninsula', 'the olympic peninsula'],
    name: 'Olympic Peninsula',
    state: 'WA',
    centre: 'Port Angeles',
  },
  { said: ['puget sound', 'the puget sound'], name: 'Puget Sound', state: 'WA', centre: 'Seattle' },
  { said: ['willamette valley', 'the willamette valley'], name: 'Willamette Valley', state: 'OR', centre: 'Salem' },
  { said: ['inland empire', 'the inland empire'], name: 'Inland Empire', state: 'CA', centre: 'Riverside' },
  { said: ['high desert', 'the high desert'], name: 'High Desert', state: 'CA', centre: 'Victorville' },
  { said: ['central valley', 'the central valley'], name: 'Central Valley', state: 'CA', centre: 'Fresno' },
  { said: ['east bay', 'the east bay'], name: 'East Bay', state: 'CA', centre: 'Oakland' },
  { said: ['south bay', 'the south bay'], name: 'South Bay', state: 'CA', centre: 'San Jose' },
  { said: ['central coast', 'the central coast'], name: 'Central Coast', state: 'CA', centre: 'San Luis Obispo' },
  { said: ['wine country', 'napa valley'], name: 'Wine Country', state: 'CA', centre: 'Napa' },
  { said: ['coachella valley', 'the coachella valley'], name: 'Coachella Valley', state: 'CA', centre: 'Palm Springs' },
  { said: ['valley of the sun', 'the valley of the sun'], name: 'Valley of the Sun', state: 'AZ', centre: 'Phoenix' },
  { said: ['front range', 'the front range'], name: 'Front Range', state: 'CO', centre: 'Denver' },
  { said: ['western slope', 'the western slope'], name: 'Western Slope', state: 'CO', centre: 'Grand Junction' },
  { said: ['san luis valley', 'the san luis valley'], name: 'San Luis Valley', state: 'CO', centre: 'Alamosa' },
  { said: ['four corners', 'the four corners'], name: 'Four Corners', state: 'NM', centre: 'Farmington' },
  { said: ['wasatch front', 'the wasatch front'], name: 'Wasatch Front', state: 'UT', centre: 'Salt Lake City' },
  { said: ['flathead valley', 'the flathead'], name: 'Flathead Valley', state: 'MT', centre: 'Kalispell' },
  // The South.
  { said: ['acadiana', 'cajun country'], name: 'Acadiana', state: 'LA', centre: 'Lafayette' },
  { said: ['north shore', 'the north shore', 'northshore'], name: 'North Shore', state: 'LA', centre: 'Covington' },
  {
    said: ['mississippi gulf coast', 'the mississippi gulf coast'],
    name: 'Gulf Coast',
    state: 'MS',
    centre: 'Gulfport',
  },
  { said: ['the bluegrass', 'bluegrass region'], name: 'Bluegrass', state: 'KY', centre: 'Lexington' },
  { said: ['the shoals', 'muscle shoals area'], name: 'Shoals', state: 'AL', centre: 'Florence' },
  { said: ['tri cities', 'the tri cities'], name: 'Tri-Cities', state: 'TN', centre: 'Johnson City' },
  // New England's north.
  { said: ['seacoast', 'the seacoast'], name: 'Seacoast', state: 'NH', centre: 'Portsmouth' },
  { said: ['lakes region', 'the lakes region'], name: 'Lakes Region', state: 'NH', centre: 'Laconia' },
  { said: ['midcoast', 'mid coast', 'midcoast maine'], name: 'Midcoast', state: 'ME', centre: 'Rockland' },
  {
    said: ['northeast kingdom', 'the northeast kingdom'],
    name: 'Northeast Kingdom',
    state: 'VT',
    centre: 'Saint Johnsbury',
  },
];

/**
 * What a region is said back as: its centre with its name, "Amarillo (Texas Panhandle)". The state follows in the
 * place's label, "Amarillo (Texas Panhandle), TX", so the search heading names the town it looked from.
 */
export function regionLabelName(centre: string, region: Region): string {
  return `${centre} (${region.name})`;
}
