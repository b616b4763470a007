/** Every IANA time zone the browser knows, plus the person's current one and UTC, sorted. */
export function timeZoneOptions(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = new Set([...zones, "UTC"]);
  if (current) all.add(current);
  return [...all].sort((a, b) => a.localeCompare(b));
}
