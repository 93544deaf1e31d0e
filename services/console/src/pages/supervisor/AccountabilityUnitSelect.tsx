import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { get } from '../../lib/api';

interface Unit {
  id: string;
  name: string;
}

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
  useEffect(() => {
    get<{ items: Unit[] }>('/api/v1/units').then(
      (answer) => setUnits(answer.items),
      () => undefined,
    );
  }, []);
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
