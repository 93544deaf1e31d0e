import { defineRpc } from '../rpc/rpc-definition';
import {
  CallerView,
  GetRequestQuery,
  JurisdictionView,
  ListJurisdictionsQuery,
  ListRequestsQuery,
  ReadCallerMessage,
  ReEncryptCallersMessage,
  ReEncryptCallersResult,
  RequestIdQuery,
  RequestStatusView,
  SaveJurisdictionMessage,
} from './intake-queries';
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
