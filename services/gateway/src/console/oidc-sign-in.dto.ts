import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, Matches, MaxLength } from 'class-validator';

/** The provider's authorization code, the PKCE verifier the console kept, and where the provider sent the code. */
export class OidcTokenBody {
  @ApiProperty({ maxLength: 2048 })
  @IsString()
  @MaxLength(2048)
  @Matches(/^[\x21-\x7e]+$/)
  code: string;

  @ApiProperty({ minLength: 43, maxLength: 128, description: 'RFC 7636 code_verifier' })
  @IsString()
  @Matches(/^[A-Za-z0-9._~-]{43,128}$/)
  codeVerifier: string;

  @ApiProperty({ maxLength: 2048 })
  @IsString()
  @MaxLength(2048)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  redirectUri: string;
}
