import { describe, expect, it } from 'vitest';
import { contentDisposition } from '@/lib/export/content-disposition';
import { exportFileName } from '@/lib/export/file-name';

describe('export file names (issue 18)', () => {
  it('says what the file is, in ASCII', () => {
    expect(exportFileName(['Kompetensförsörjningsplan', '2026', 'Socialförvaltningen', 'fastställd'], 'docx')).toBe(
      'Kompetensforsorjningsplan-2026-Socialforvaltningen-faststalld.docx',
    );
    expect(exportFileName(['Skärholmens stadsdelsförvaltning', 'under samverkan'], 'PDF')).toBe(
      'Skarholmens-stadsdelsforvaltning-under-samverkan.pdf',
    );
    expect(exportFileName(['Personalstatistik', 'Café "Ö"; rm -rf /', 'Älvsjö'], 'xlsx')).toBe(
      'Personalstatistik-Cafe-O-rm-rf-Alvsjo.xlsx',
    );
    expect(exportFileName(['Kompetensförsörjningsplan', '2027–2029'], 'docx')).toBe(
      'Kompetensforsorjningsplan-2027-2029.docx',
    ); // a range keeps its dash
  });

  it('lets nothing from user input into the header but letters, digits, hyphens and the dot', () => {
    const header = contentDisposition('Plan "x"; filename=evil.exe\r\nSet-Cookie: a=b/../..\\ü.docx');
    expect(header).toBe(
      `attachment; filename="Plan-x-filenameevilexe-Set-Cookie-abu.docx"; filename*=UTF-8''Plan-x-filenameevilexe-Set-Cookie-abu.docx`,
    );
    expect(exportFileName(['"";'], 'x"y')).toBe('export.xy');
  });
});
