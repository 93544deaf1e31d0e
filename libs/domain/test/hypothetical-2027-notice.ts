/**
 * A made-up 2027 notice for tests only: the real one was not published when this was written.
 * It keeps every statutory holiday of the law, like any real notice must.
 */
export const HYPOTHETICAL_2027_NOTICE = {
  year: 2027,
  document: 'TEST ONLY — not a real notice',
  holidays: [
    { name: '元旦', start: '2027-01-01', end: '2027-01-03' },
    { name: '春节', start: '2027-02-05', end: '2027-02-12' },
    { name: '清明节', start: '2027-04-03', end: '2027-04-05' },
    { name: '劳动节', start: '2027-05-01', end: '2027-05-05' },
    { name: '端午节', date: '2027-06-09' },
    { name: '中秋节', date: '2027-09-15' },
    { name: '国庆节', start: '2027-10-01', end: '2027-10-07' },
  ],
  makeUpWorkdays: ['2027-02-20', { date: '2027-05-08', name: '劳动节' }, '2027-09-26', '2027-10-09'],
};
