import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@hotline/auth';
import { Actor, IntakeQueryRpc, IntakeRpc, validatePlanned, WORK_ORDER_NUMBER_PATTERN } from '@hotline/contracts';
import { ProblemError, RpcClient } from '@hotline/messaging';
import { badInput, Clock, flattenValidationErrors } from '@hotline/platform';
import { plainToInstance } from 'class-transformer';
import { clientOfKey, Open311Client, parseOpen311Keys } from './open311-api-keys';
import { GatewayConfig } from '../gateway.config';
import { Open311ErrorFilter } from './open311-error.filter';
import { CONTENT_TYPES, Open311Format, splitFormat } from './open311-format';
import { LIST_LIMIT, parseListQuery } from './open311-list-query';
import { open311FieldName, toRecordRequest } from './open311-record-request';
import { AGENCY, toServiceRequest } from './open311-service-request';
import { isServiceCode, serviceDefinition, serviceList } from './open311-services';
import { Open311CreateRequest } from './open311-request.dto';
import { toXml } from './xml-serializer';

const CHANGESET = '2026-11-27T00:00:00+08:00';
const XML_ITEMS = {
  services: 'service',
  service_requests: 'request',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

interface HttpRequest {
  protocol: string;
  get(name: string): string | undefined;
}
interface HttpResponse {
  type(value: string): unknown;
}

/** Open311 GeoReport v2 for the website, app and partner channels (R2.1): public reads, api_key to post. */
@ApiExcludeController()
@Public()
@UseFilters(Open311ErrorFilter)
@Controller('open311/v2')
export class Open311Controller {
  private readonly clients: Open311Client[];

  constructor(
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    config: GatewayConfig,
  ) {
    this.clients = parseOpen311Keys(config.HOTLINE_OPEN311_API_KEYS);
  }

  @Get(':document')
  async document(
    @Param('document') document: string,
    @Query() query: Record<string, string>,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<string> {
    const { name, format } = splitFormat(document);
    if (name === 'discovery') return render(response, format, 'discovery', this.discovery(request));
    if (name === 'services') return render(response, format, 'services', serviceList());
    if (name === 'requests') return render(response, format, 'service_requests', await this.list(query));
    throw new NotFoundException(`no GeoReport v2 resource ${document}`);
  }

  @Get('services/:file')
  async definition(@Param('file') file: string, @Res({ passthrough: true }) response: HttpResponse): Promise<string> {
    const { name: code, format } = splitFormat(file);
    if (!isServiceCode(code)) throw new NotFoundException(`no service ${code}; see services.json`);
    const { items } = await this.rpc.request(IntakeQueryRpc.listJurisdictions, {
      kinds: ['district', 'county', 'city', 'zone'],
    });
    return render(
      response,
      format,
      'service_definition',
      serviceDefinition(
        code,
        items.map((item) => item.name),
      ),
    );
  }

  @Get('requests/:file')
  async request(@Param('file') file: string, @Res({ passthrough: true }) response: HttpResponse): Promise<string> {
    const { name: number, format } = splitFormat(file);
    if (!WORK_ORDER_NUMBER_PATTERN.test(number)) throw new NotFoundException(`no service request ${number}`);
    const { items } = await this.rpc.request(IntakeQueryRpc.listRequests, {
      numbers: [number],
      channel: 'open311',
      limit: 1,
    });
    if (items.length === 0) throw new NotFoundException(`no service request ${number}`);
    return render(response, format, 'service_requests', items.map(toServiceRequest));
  }

  @Post(':document')
  @HttpCode(201)
  async create(
    @Param('document') document: string,
    @Body() body: Record<string, unknown>,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<string> {
    const { name, format } = splitFormat(document);
    if (name !== 'requests') throw new NotFoundException(`cannot POST ${document}`);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw badInput([
        { field: 'body', problems: ['the body must be a form or a JSON object of GeoReport v2 fields'] },
      ]);
    const input = validated(body);
    const client = clientOfKey(this.clients, input.api_key);
    if (!client) throw new ForbiddenException('api_key is not valid');
    const actor: Actor = { kind: 'partner', id: `open311:${client.id}`, role: 'partner' };
    const result = await this.rpc
      .request(IntakeRpc.recordRequest, { actor, request: toRecordRequest(input), assist: 'later' })
      .catch((error: unknown) => {
        throw renamedFields(error);
      });
    const number = result.workOrder?.number ?? result.requestId;
    // R14.2: a request recorded but not accepted (e.g. a district outside the city, R13.1(8)) says why.
    const notice = result.rejection
      ? `不予受理，工单号 ${number}。${result.rejection.basis}`
      : `已受理，工单号 ${number}。${AGENCY}将按规定时限办理，可凭工单号查询进度。`;
    return render(response, format, 'service_requests', [
      { service_request_id: number, service_notice: notice, account_id: null },
    ]);
  }

  private async list(query: Record<string, string>) {
    const parsed = parseListQuery(query, this.clock.now());
    if ('field' in parsed) throw badInput([{ field: parsed.field, problems: [parsed.problem] }]);
    const { items } = await this.rpc.request(IntakeQueryRpc.listRequests, {
      ...parsed,
      channel: 'open311',
      limit: LIST_LIMIT,
    });
    return items.map(toServiceRequest);
  }

  private discovery(request: HttpRequest) {
    const url = `${request.protocol}://${request.get('host') ?? 'localhost'}/open311/v2`;
    return {
      changeset: CHANGESET,
      contact: `${AGENCY}（市大数据和产业创新发展中心发放 api_key）`,
      key_service: '向市大数据和产业创新发展中心申请 api_key',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url,
          changeset: CHANGESET,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    };
  }
}

function render(response: HttpResponse, format: Open311Format, root: string, value: unknown): string {
  response.type(CONTENT_TYPES[format]);
  return format === 'xml' ? toXml(root, value, XML_ITEMS) : JSON.stringify(value);
}

function validated(body: Record<string, unknown>): Open311CreateRequest {
  const input = plainToInstance(Open311CreateRequest, body);
  const errors = validatePlanned(input, { whitelist: true, forbidUnknownValues: false });
  if (errors.length === 0) return input;
  const details = flattenValidationErrors(errors).map((detail) => ({
    ...detail,
    field: open311FieldName(detail.field),
  }));
  throw badInput(details);
}

/** A 400 from intake names its own fields (location.district); the client sent attribute[district]. */
function renamedFields(error: unknown): unknown {
  if (!(error instanceof ProblemError) || error.problem.statusCode !== 400) return error;
  const details = Array.isArray(error.problem.details)
    ? (error.problem.details as Array<{ field: string; problems: string[] }>)
    : [];
  if (details.length === 0) return error;
  const renamed = details.map((detail) => ({ ...detail, field: open311FieldName(detail.field) }));
  return new ProblemError({
    ...error.problem,
    message: renamed.map((detail) => `${detail.field}: ${detail.problems.join(', ')}`).join('; '),
    details: renamed,
  });
}
