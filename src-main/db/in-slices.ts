/** SQLite caps the bound parameters of one statement: a long `in (…)` list is read in slices of this size. */
const SLICE_SIZE = 500

/** Runs `read` on successive slices of `values` and answers all the rows read, in order. */
export async function inSlices<V, T>(
  values: readonly V[],
  read: (slice: V[]) => Promise<readonly T[]>
): Promise<T[]> {
  const rows: T[] = []
  for (let start = 0; start < values.length; start += SLICE_SIZE)
    rows.push(...(await read(values.slice(start, start + SLICE_SIZE))))
  return rows
}
