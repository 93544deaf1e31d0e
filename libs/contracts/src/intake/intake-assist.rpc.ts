import { defineRpc } from '../rpc/rpc-definition';
import { GetRequestQuery } from './get-request.query';
import { JurisdictionView } from './jurisdiction.view';
import { ListJurisdictionsQuery } from './list-jurisdictions.query';
import { ListRequestsQuery } from './list-requests.query';
import { CallerView, ReadCallerMessage } from './read-caller.message';
import { ReEncryptCallersMessage, ReEncryptCallersResult } from './re-encrypt-callers.message';
import { RequestIdQuery } from './request-id.query';
import { RequestStatusView } from './request-status.view';
import { SaveJurisdictionMessage } from './save-jurisdiction.message';
import { RequestAssist } from './request-assist.view';

/** Intake's queries and admin tasks beside recording (IntakeRpc.recordRequest). */
export const IntakeQueryRpc = {
  assist: defineRpc<RequestIdQuery, RequestAssist>('intake', 'requests.assist'),
  getRequest: defineRpc<GetRequestQuery, RequestStatusView>('intake', 'requests.get'),
  listRequests: defineRpc<ListRequestsQuery, { items: RequestStatusView[] }>('intake', 'requests.list'),
  readCaller: defineRpc<ReadCallerMessage, CallerView>('intake', 'callers.read'),
  reEncryptCallers: defineRpc<ReEncryptCallersMessage, ReEncryptCallersResult>('intake', 'callers.re-encrypt'),
  listJurisdictions: defineRpc<ListJurisdictionsQuery, { items: JurisdictionView[] }>('intake', 'jurisdictions.list'),
  saveJurisdiction: defineRpc<SaveJurisdictionMessage, JurisdictionView>('intake', 'jurisdictions.save'),
};
