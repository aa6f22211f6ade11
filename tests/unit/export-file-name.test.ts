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
  });

  it('lets nothing from user input into the header but letters, digits, hyphens and the dot', () => {
    const header = contentDisposition('Plan "x"; filename=evil.exe\r\nSet-Cookie: a=b/../..\\ü.docx');
    expect(header).toBe(
      `attachment; filename="Plan-x-filenameevilexe-Set-Cookie-abu.docx"; filename*=UTF-8''Plan-x-filenameevilexe-Set-Cookie-abu.docx`,
    );
    expect(exportFileName(['"";'], 'x"y')).toBe('export.xy');
  });
});
