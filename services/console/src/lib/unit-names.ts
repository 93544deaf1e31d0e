import { useEffect, useState } from 'react';
import { get } from './api';

/** The directory's unit names by id, for screens that list units by id; an id without a name shows as itself. */
export function useUnitNames(): (unitId: string | null | undefined) => string {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    get<{ items: { id: string; name: string }[] }>('/api/v1/units').then(
      (page) => setNames(new Map(page.items.map((unit) => [unit.id, unit.name]))),
      () => undefined,
    );
  }, []);
  return (unitId) => (unitId ? (names.get(unitId) ?? unitId) : '全市');
}
