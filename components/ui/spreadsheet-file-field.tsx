/** "Fil": the CSV or XLSX file of an import (the statistics and the population forecast read both the same way). */
export function SpreadsheetFileField({ id }: { id: string }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>Fil</label>
      <input
        id={id}
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        required
      />
    </div>
  );
}
