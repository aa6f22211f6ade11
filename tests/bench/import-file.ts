/** The benchmarks' import file: 100 000 headcount rows as beslutstöd exports them. */
export const ROWS = 100_000;
const AGE_BANDS = ['-29', '30-39', '40-49', '50-59', '60-64', '65+'];

/** A Windows-1252, semicolon, decimal-comma file as beslutstöd exports it: unique department × occupation × … rows. */
/** `corrected` has every value one higher: importing it after `bytes` replaces every row. */
export function buildFile(): {
  bytes: Uint8Array;
  corrected: Uint8Array;
  departments: string[];
  occupations: string[];
} {
  const departments = Array.from({ length: 20 }, (_, i) => `Avdelning ${i + 1} – Äldreomsorg`);
  const occupations = Array.from({ length: 42 }, (_, i) => `Befattning ${i + 1} undersköterska`);
  const lines = ['År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal'];
  outer: for (let year = 2021; year <= 2025; year++) {
    for (const d of departments)
      for (const o of occupations)
        for (const form of ['Tillsvidare', 'Visstid'])
          for (const gender of ['Kvinna', 'Man'])
            for (const age of AGE_BANDS) {
              if (lines.length > ROWS) break outer;
              lines.push(`${year};${d};${o};${form};${gender};${age};${lines.length % 37}`);
            }
  }
  const encode = (offset: number) => {
    const text = `${lines.map((line, i) => (i === 0 ? line : line.replace(/\d+$/, (v) => String(Number(v) + offset)))).join('\r\n')}\r\n`;
    return Uint8Array.from([...text].map((ch) => (ch === '–' ? 0x96 : ch.charCodeAt(0)))); // Windows-1252
  };
  return { bytes: encode(1), corrected: encode(2), departments, occupations };
}
