/** A readable name for a text or word list, from where it sits: `nodes.welcome.say` becomes "welcome · say". */
export function textName(path: Array<string | number>, id: string): string {
  const parts = path.map(String).filter((p) => p !== 'nodes' && p !== 'texts');
  return parts.join(' · ') || id;
}
