/** Every month from `first` to `last` included, as `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const parse = (month: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    if (!match) throw new Error(`not a month: ${month}`);
    return Number(match[1]) * 12 + Number(match[2]) - 1;
  };
  const months: string[] = [];
  for (let index = parse(first); index <= parse(last); index += 1) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
