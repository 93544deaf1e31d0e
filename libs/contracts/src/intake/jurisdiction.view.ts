import { JurisdictionKind } from '@hotline/domain';

/** R13.2 one entry of the city's jurisdiction table. */
export interface JurisdictionView {
  code: string;
  name: string;
  kind: JurisdictionKind;
  parentCode: string | null;
  aliases: string[];
}
