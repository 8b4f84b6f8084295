import { STREET_WORDS } from '../text/streetWords';

/**
 * Whether an in-person meeting says where it is well enough for a newcomer to walk in: a street
 * address, or coordinates together with a named location (Meeting Guide: in-person meetings must
 * have a specific address). A town alone, an approximate address, or "rotates" is not a place.
 */

/** Words that mean the feed does not know the place: "Rotates (call for info)", "TBA", "varies". */
const VAGUE_PLACE =
  /\b(rotat\w*|call for|contact (?:the )?group|varies|various locations|tba|tbd|to be (?:announced|determined))\b/i;

const STREET_WORD = new RegExp(`\\b(${STREET_WORDS.join('|')})\\b\\.?`, 'i');

/** What the feed says about where a meeting is. */
export interface PlaceWords {
  /** Street address (Meeting Guide `address`, BMLT `location_street`, or the street part of `formatted_address`). */
  street?: string;
  /** Named location (Meeting Guide `location`, BMLT `location_text`). */
  locationName?: string;
  town?: string;
  /** Free-text notes, read only for "rotates" when there is no street. */
  notes?: string;
  hasCoordinates: boolean;
  /** The feed marks the address approximate. */
  approximate?: boolean;
}

/** Why an in-person meeting has no specific place, or undefined when it has one. */
export function vaguePlaceReason(p: PlaceWords): string | undefined {
  if (p.approximate) return 'the feed marks its address approximate';
  const words = [p.street, p.locationName].filter(Boolean).join(' ');
  const vague = VAGUE_PLACE.exec(words);
  if (vague) return `the feed says "${vague[0]}"`;
  if (p.street && isStreetAddress(p.street)) return undefined;
  // Notes are free text ("call for access"): only a rotating place counts there, and only without a street.
  const rotates = /\brotat\w*/i.exec(p.notes ?? '');
  if (rotates) return `the notes say "${rotates[0]}"`;
  const named = [p.locationName, p.street].find((n) => n && !sameAsTown(n, p.town));
  if (named && p.hasCoordinates) return undefined;
  if (named) return 'only a location name, with no street address or coordinates';
  return p.town ? `only a town (${p.town}), no street address` : 'no street address';
}

/** A street address: a house number with a word, or a street word ("Central Avenue", "Mill & Edward St."). */
export function isStreetAddress(s: string): boolean {
  return /\d+\p{L}{0,3}\.?\s+[\p{L}\d]/iu.test(s) || STREET_WORD.test(s);
}

/** The street part of "Lutheran Church, 66 Winthrop St, Cambridge, MA 02138, USA": the first part with a number. */
export function streetOfFormatted(formatted: string): string | undefined {
  return formatted
    .split(',')
    .map((s) => s.trim())
    .find((s) => /^\d+\p{L}{0,3}\s+[\p{L}\d]/iu.test(s));
}

function sameAsTown(name: string, town: string | undefined): boolean {
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return !!town && plain(name) === plain(town);
}
