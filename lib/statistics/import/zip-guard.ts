/**
 * Zip bomb guard for XLSX: look at the central directory with fflate before exceljs unpacks anything,
 * then inflate once while counting, since declared sizes can lie.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import {
  MAX_COMPRESSION_RATIO,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  MIN_RATIO_CHECK_BYTES,
  megabytes,
} from './limits';

const BOMB = `Excel-filen packas upp till mer än ${megabytes(MAX_UNCOMPRESSED_BYTES)} eller är onormalt hårt packad och kan inte läsas. Kontrollera filen eller spara den som CSV.`;
const BROKEN = 'Excel-filen är skadad och kan inte läsas. Öppna den i Excel och spara den igen som .xlsx.';
const NOT_WORKBOOK = 'Filen är en zip-fil men ingen Excel-arbetsbok (.xlsx).';

class LimitExceeded extends Error {}

/** Returns a Swedish message when the archive must not be opened, undefined when it is safe. */
export function checkZip(bytes: Uint8Array): string | undefined {
  let entries = 0;
  let declared = 0;
  let workbook = false;
  let badRatio = false;
  try {
    // The filter sees each central-directory entry; returning false means nothing is inflated here.
    unzipSync(bytes, {
      filter(file) {
        entries += 1;
        declared += file.originalSize;
        if (file.name === 'xl/workbook.xml') workbook = true;
        const ratio = file.originalSize / Math.max(file.size, 1);
        if (file.originalSize > MIN_RATIO_CHECK_BYTES && ratio > MAX_COMPRESSION_RATIO) badRatio = true;
        return false;
      },
    });
  } catch {
    return BROKEN;
  }
  if (entries > MAX_ZIP_ENTRIES || declared > MAX_UNCOMPRESSED_BYTES || badRatio) return BOMB;
  if (!workbook) return NOT_WORKBOOK;
  return measureInflated(bytes);
}

function measureInflated(bytes: Uint8Array): string | undefined {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.byteLength;
      if (total > MAX_UNCOMPRESSED_BYTES) throw new LimitExceeded();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const CHUNK = 64 * 1024;
    for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
      const end = Math.min(offset + CHUNK, bytes.byteLength);
      unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    }
  } catch (error) {
    return error instanceof LimitExceeded ? BOMB : BROKEN;
  }
  return undefined;
}
