import type { TownEntry } from './placeIndex';

/**
 * New York's towns (its county subdivisions) that hold a city's suburbs but no post office of their own name, so the
 * postal table knows them only as "Rochester" or "Buffalo": "greece ny" was read as Greene, NY, 60 mi away, and
 * "chili" as Chili, WI. Placed at the town's centre, sized as a town of a few ZIP codes. Only towns of 25,000 people
 * or more in the line's upstate NY data; a town the table already has in NY (Penfield, Henrietta, Clay) is not here.
 */
export const NEW_YORK_TOWNS: readonly TownEntry[] = (
  [
    // Monroe County, around Rochester.
    ['Greece', 43.2098, -77.6931],
    ['Irondequoit', 43.213, -77.579],
    ['Gates', 43.154, -77.7],
    ['Chili', 43.087, -77.748],
    ['Brighton', 43.122, -77.57],
    ['Perinton', 43.078, -77.428],
    // Erie County, around Buffalo.
    ['Amherst', 42.978, -78.799],
    ['West Seneca', 42.85, -78.75],
    // Onondaga County, around Syracuse; Albany County.
    ['Salina', 43.1, -76.175],
    ['DeWitt', 43.042, -76.068],
    ['Colonie', 42.718, -73.833],
  ] as const
).map(([name, lat, lon]) => ({ name, state: 'NY', lat, lon, country: 'US' as const, postalCodes: 2 }));
