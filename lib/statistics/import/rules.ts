/** The general file rules in Swedish, for the import page to show next to the column tables. */
import { MAX_DATA_ROWS, MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES, MIN_YEAR, megabytes } from './limits';
import { formatNumber } from './text';

export const IMPORT_RULES: readonly string[] = [
  `CSV (.csv) eller Excel (.xlsx), högst ${megabytes(MAX_FILE_BYTES)} och ${formatNumber(MAX_DATA_ROWS)} rader.`,
  'CSV: UTF-8 (med eller utan BOM) eller Windows-1252, semikolon eller komma mellan kolumnerna. ' +
    'Med komma som avgränsare måste decimaltal med komma stå inom citattecken ("6,2").',
  'Decimalkomma eller decimalpunkt; mellanslag som tusentalsavgränsare går bra ("1 016").',
  'Första raden är rubrikraden. Rubriker och värden får skrivas med stora eller små bokstäver.',
  `Excel: bara ett blad får innehålla data (tomma blad ignoreras), inga formler, högst ${megabytes(MAX_UNCOMPRESSED_BYTES)} uppackat.`,
  'Text får inte börja med =, +, -, @, tabb eller radbrytning (formler).',
  `År från ${MIN_YEAR} till innevarande år; tertial bara när tertialen är avslutad.`,
  'Samma kombination av dimensioner får bara finnas en gång. Tom cell eller "Totalt" betyder alla; ' +
    'delarna ska stämma med totalen.',
  'Filen importeras helt eller inte alls: finns ett fel visas alla fel och inget sparas.',
];
