import { UnitMonthView } from '@hotline/contracts';
import { monthlyRatesOf } from '@hotline/domain';
import { UnitMonthFigures } from './monthly-figures.repository';

export function unitMonthView(figures: UnitMonthFigures): UnitMonthView {
  return {
    unitId: figures.unitId,
    counts: { ...figures.counts },
    rates: monthlyRatesOf(figures.counts),
    durations: { ...figures.durations },
  };
}

/** The units with a unit id (steps before any dispatch count for the city only). */
export const unitsOnly = (all: UnitMonthFigures[]): (UnitMonthFigures & { unitId: string })[] =>
  all.filter(
    (figures): figures is UnitMonthFigures & { unitId: string } =>
      figures.unitId !== null && figures.unitId !== '(none)',
  );

/** The city-wide figures (always answered by the figures' query). */
export function cityOf(all: UnitMonthFigures[]): UnitMonthFigures {
  const city = all.find((figures) => figures.unitId === null);
  if (!city) throw new Error('the city-wide figures are missing');
  return city;
}
