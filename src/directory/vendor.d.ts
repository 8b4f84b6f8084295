/** Type declarations for the CommonJS geo packages the directory uses (they ship none). */

declare module 'kdbush' {
  /** kdbush@3: a static 2-D index over points; `points` is kept and read back by geokdbush. */
  class KDBush<T> {
    constructor(points: T[], getX: (p: T) => number, getY: (p: T) => number, nodeSize?: number, arrayType?: unknown);
    readonly points: T[];
    readonly ids: ArrayLike<number>;
    readonly coords: ArrayLike<number>;
    range(minX: number, minY: number, maxX: number, maxY: number): number[];
    within(x: number, y: number, r: number): number[];
  }
  export = KDBush;
}

declare module 'geokdbush' {
  /** Points nearest to (lng, lat), nearest first; maxDistance in kilometres. */
  export function around<T>(
    index: { points: T[] },
    lng: number,
    lat: number,
    maxResults?: number,
    maxDistance?: number,
    predicate?: (item: T) => boolean,
  ): T[];
  /** Great-circle distance in kilometres. */
  export function distance(lng1: number, lat1: number, lng2: number, lat2: number): number;
}

declare module 'zipcodes' {
  /** One row of the package's table (src/directory/postalCodes.ts reads the same rows from its data files). */
  export interface ZipCode {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: 'US' | 'Canada';
  }
  export const codes: Record<string, ZipCode>;
  export function lookup(zip: string | number): ZipCode | undefined;
}
