import type { UnitView } from '@hotline/contracts';
import { Select } from 'antd';
import { useState } from 'react';
import { get } from '../../lib/api';
import { useLatestAnswer } from '../../lib/latest-answer';

type Unit = Pick<UnitView, 'id' | 'name'>;

/** A handling unit from the directory, searchable by name or code (used by the registers' filters and forms). */
export function AccountabilityUnitSelect(props: {
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  testId: string;
  placeholder?: string;
  allowClear?: boolean;
  width?: number;
}) {
  const [units, setUnits] = useState<Unit[]>([]);
  useLatestAnswer(() => get<{ items: Unit[] }>('/api/v1/units'), { answer: (answer) => setUnits(answer.items) }, []);
  return (
    <Select
      showSearch
      allowClear={props.allowClear}
      data-testid={props.testId}
      placeholder={props.placeholder ?? '选择单位'}
      style={{ width: props.width ?? 260 }}
      value={props.value}
      onChange={(value?: string) => props.onChange?.(value)}
      optionFilterProp="label"
      options={units.map((unit) => ({ value: unit.id, label: `${unit.name}（${unit.id}）` }))}
    />
  );
}
