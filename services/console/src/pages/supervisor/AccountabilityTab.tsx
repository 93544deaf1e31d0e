import type { AccountabilityRegister, RecordedAccountabilityView } from '@hotline/contracts';
import { Spin } from 'antd';
import { useState } from 'react';
import { DateFilter } from '../../components/DateFilter';
import { failureText, get } from '../../lib/api';
import { beijingDay } from '../../lib/format';
import { useLatestAnswer } from '../../lib/latest-answer';
import { setSearch, useLocation } from '../../lib/router';
import { AccountabilityForm } from './AccountabilityForm';
import { AccountabilitySections } from './AccountabilitySections';
import { AccountabilityUnitSelect } from './AccountabilityUnitSelect';
import { RegisterWithForm } from './RegisterWithForm';

const beijingMonth = (at: Date) => beijingDay(at).slice(0, 7);

/** 问责: the evidence of Art. 26 for a month and a unit (or all), and a supervisor's (4)/(7) entries (R26.1). */
export function AccountabilityTab() {
  const { search } = useLocation();
  const month = search.get('month') || beijingMonth(new Date());
  const unitId = search.get('unit') ?? undefined;
  const [register, setRegister] = useState<AccountabilityRegister>();
  const [error, setError] = useState<string>();
  const [recorded, setRecorded] = useState<RecordedAccountabilityView>();
  useLatestAnswer(
    () => {
      setError(undefined);
      return get<AccountabilityRegister>('/api/v1/accountability', { month, unitId });
    },
    {
      answer: setRegister,
      failure: (caught) => {
        setRegister(undefined);
        setError(failureText(caught));
      },
    },
    [month, unitId, recorded],
  );
  return (
    <RegisterWithForm
      filters={
        <>
          月份
          <DateFilter type="month" param="month" value={month} testId="accountability-month" />
          单位
          <AccountabilityUnitSelect
            testId="accountability-filter-unit"
            placeholder="全部单位"
            allowClear
            value={unitId}
            onChange={(value) => setSearch({ unit: value })}
          />
        </>
      }
      added={
        recorded && {
          testId: 'accountability-recorded',
          message: `已记录：${recorded.unitId} 第（${recorded.item === 4 ? '四' : '七'}）项，列入 ${beijingMonth(new Date(recorded.occurredAt))} 的登记`,
        }
      }
      error={error}
      errorTestId="accountability-load-error"
      form={
        <AccountabilityForm
          onRecorded={(entry) => {
            setRecorded(entry);
            // show the month the entry is listed in, with it
            setSearch({ month: beijingMonth(new Date(entry.occurredAt)) });
          }}
        />
      }
    >
      {register ? <AccountabilitySections register={register} /> : !error && <Spin />}
    </RegisterWithForm>
  );
}
