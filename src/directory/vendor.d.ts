/** Type declarations for the CommonJS packages the directory uses that ship none (kdbush and geokdbush ship theirs). */

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
