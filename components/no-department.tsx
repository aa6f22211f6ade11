/** Shown instead of department data to a user whose role reaches only their own departments, when they have none. */
export function NoDepartment({ what }: { what: string }) {
  return (
    <p className="alert alert--info">
      Du är inte kopplad till någon avdelning, så det finns {what} att visa. Be en administratör att koppla dig till din
      avdelning.
    </p>
  );
}
