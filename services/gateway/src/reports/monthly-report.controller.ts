import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { MonthlyReport, MonthlyReportDocument, MonthlyReportQuery, ReportsRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';

interface HttpResponse {
  type(value: string): unknown;
  setHeader(name: string, value: string): unknown;
}

/** The monthly statistics and 通报 (R24.1). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class MonthlyReportController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('monthly')
  @Roles('supervisor', 'admin')
  @ApiProduces('application/json', 'text/csv', 'text/html')
  @ApiOperation({
    summary:
      'Monthly statistics per unit and city-wide (Beijing month): intake, dispatch, returns, signing and completion on time (open overdue orders count against it), extensions, callbacks, contact and satisfaction (approved appeals excluded, R20.3), re-handling, supervision cases, median and p90 working days, by type, field and district, a 12-month trend and the red and black lists. format=csv: UTF-8 with BOM and Chinese headers; format=html: the printable A4 通报 with SVG charts. A running month says so; a closed month is frozen and late steps are listed as corrections (R24.1)',
  })
  async monthly(
    @Query() query: MonthlyReportQuery,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<MonthlyReport | string> {
    const answer = await this.rpc.request(ReportsRpc.monthly, { query });
    if (!('body' in answer)) return answer;
    const document = answer as MonthlyReportDocument;
    response.type(document.contentType);
    if (query.format === 'csv')
      response.setHeader('Content-Disposition', `attachment; filename="${document.fileName}"`);
    return document.body;
  }
}
