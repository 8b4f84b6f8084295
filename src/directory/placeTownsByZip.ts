import { postalCodes } from './postalCodes';
import type { TownEntry } from './placeIndex';

/**
 * Towns and suburbs the postal table does not name, for their mail goes by a larger neighbour's name: Socorro, TX is
 * "El Paso" (79927), Midwest City, OK "Oklahoma City", The Woodlands, TX "Spring". Without them "socorro tx" was no
 * place, "midwest city ok" was Midwest, WY and "benbrook tx" Seabrook, TX. Each is placed at the middle of the ZIP
 * codes that serve it, read from the postal table itself (no point is typed here), and sized by how many they are.
 * Only places of some thousands of people; a name the table already has in the state is left to the table.
 */
export const TOWNS_BY_ZIP: ReadonlyArray<readonly [name: string, state: string, zips: readonly string[]]> = [
  // Texas: El Paso County.
  ['Socorro', 'TX', ['79927']],
  ['Horizon City', 'TX', ['79928']],
  ['Vinton', 'TX', ['79821']],
  // Tarrant County, around Fort Worth.
  ['Watauga', 'TX', ['76148']],
  ['Benbrook', 'TX', ['76126']],
  ['White Settlement', 'TX', ['76108']],
  ['Richland Hills', 'TX', ['76118']],
  ['Everman', 'TX', ['76140']],
  ['Lake Worth', 'TX', ['76135']],
  ['River Oaks', 'TX', ['76114']],
  ['Westworth Village', 'TX', ['76114']],
  ['Saginaw', 'TX', ['76179']],
  // Dallas County.
  ['University Park', 'TX', ['75205']],
  ['Highland Park', 'TX', ['75205']],
  ['Farmers Branch', 'TX', ['75234']],
  ['Cockrell Hill', 'TX', ['75211']],
  // Bexar County, around San Antonio.
  ['Leon Valley', 'TX', ['78238']],
  ['Live Oak', 'TX', ['78233']],
  ['Windcrest', 'TX', ['78239']],
  ['Alamo Heights', 'TX', ['78209']],
  ['Kirby', 'TX', ['78219']],
  ['Castle Hills', 'TX', ['78213']],
  ['Shavano Park', 'TX', ['78231']],
  ['Hollywood Park', 'TX', ['78232']],
  ['Selma', 'TX', ['78154']],
  ['Timberwood Park', 'TX', ['78260']],
  // Harris, Fort Bend and Montgomery Counties, around Houston.
  ['Jersey Village', 'TX', ['77040']],
  ['West University Place', 'TX', ['77005']],
  ['Jacinto City', 'TX', ['77029']],
  ['The Woodlands', 'TX', ['77380', '77381', '77382']],
  ['Atascocita', 'TX', ['77346']],
  ['Cinco Ranch', 'TX', ['77494']],
  ['Mission Bend', 'TX', ['77083']],
  ['Shenandoah', 'TX', ['77385']],
  ['Oak Ridge North', 'TX', ['77385']],
  // Oklahoma County.
  ['Midwest City', 'OK', ['73110']],
  ['Del City', 'OK', ['73115']],
  ['Nichols Hills', 'OK', ['73116']],
  ['Warr Acres', 'OK', ['73122']],
  // Around Denver, Tucson and Las Vegas.
  ['Centennial', 'CO', ['80112', '80122']],
  ['Highlands Ranch', 'CO', ['80126', '80129', '80130']],
  ['Oro Valley', 'AZ', ['85737', '85755']],
  ['Summerlin', 'NV', ['89134', '89135', '89138', '89144', '89145']],
  ['Spring Valley', 'NV', ['89117', '89147']],
  ['Paradise', 'NV', ['89109', '89119']],
  ['Enterprise', 'NV', ['89123', '89139', '89141', '89178', '89183']],
  ['Sunrise Manor', 'NV', ['89110', '89115']],
  ['Whitney', 'NV', ['89122']],
  // California's Inland Empire.
  ['Eastvale', 'CA', ['92880']],
  ['Jurupa Valley', 'CA', ['91752', '92509']],
  // Around Miami and Atlanta.
  ['Doral', 'FL', ['33166', '33172', '33178']],
  ['Cutler Bay', 'FL', ['33157', '33189', '33190']],
  ['Johns Creek', 'GA', ['30022', '30097']],
  ['Sandy Springs', 'GA', ['30328', '30350']],
  ['Dunwoody', 'GA', ['30338']],
  ['Brookhaven', 'GA', ['30319']],
  ['Peachtree Corners', 'GA', ['30092']],
  // Around Buffalo.
  ['Cheektowaga', 'NY', ['14225', '14227']],
];

/**
 * The towns of TOWNS_BY_ZIP, each at the middle of its ZIP codes' points in the postal table. A ZIP the table does
 * not have, or has in another state, is left out, and a town with none of its ZIPs left is too.
 */
export function townsPlacedByZip(): TownEntry[] {
  const table = postalCodes();
  const out: TownEntry[] = [];
  for (const [name, state, zips] of TOWNS_BY_ZIP) {
    const rows = zips.map((z) => table.lookup(z)).filter((r) => r !== undefined && r.state === state);
    if (rows.length === 0) continue;
    const lat = rows.reduce((sum, r) => sum + (r?.latitude ?? 0), 0) / rows.length;
    const lon = rows.reduce((sum, r) => sum + (r?.longitude ?? 0), 0) / rows.length;
    out.push({ name, state, lat, lon, country: 'US', postalCodes: rows.length });
  }
  return out;
}
