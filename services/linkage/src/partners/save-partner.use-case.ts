import { Injectable } from '@nestjs/common';
import { Actor, PartnerInput, PartnerSaved, PartnerSettingsInput, PartnerView } from '@hotline/contracts';
import { NotFoundError, rotatePartnerKeys, StateConflictError } from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { partnerSavedPayload } from '../partner-announcements/announce-partners';
import { PartnerKeySeal } from './partner-key-seal';
import { PartnerKey } from './partner-key.entity';
import { toPartnerView } from './partner-view';
import { Partner } from './partner.entity';
import { PartnersRepository } from './partners.repository';

export class SavePartnerCommand {
  constructor(
    readonly code: string,
    readonly settings: PartnerSettingsInput | PartnerInput,
    readonly actor: Actor,
    readonly now: Date,
    /** true for POST (the code must be new), false for PUT (it must exist) */
    readonly creating: boolean,
  ) {}
}

/**
 * POST and PUT /api/v1/partners (R10.1, R10.2): an admin registers or changes a partner. A key given with it is
 * sealed and joins the valid keys; the newest two stay valid, so a partner rotates without a gap. Announced
 * (`linkage.partner-saved`) for the copies of the registry other services keep.
 */
@Injectable()
export class SavePartnerUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly partners: PartnersRepository,
    private readonly seal: PartnerKeySeal,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ code, settings, actor, now, creating }: SavePartnerCommand): Promise<PartnerView> {
    const partner: Partner = {
      code,
      name: settings.name.trim(),
      kind: settings.kind,
      channel: settings.channel,
      takesFromUs: distinct(settings.takesFromUs),
      givesToUs: distinct(settings.givesToUs),
      ackTimeoutSeconds: settings.ackTimeoutSeconds,
      enabled: settings.enabled,
      deliveryUrl: settings.deliveryUrl ?? null,
      unitId: settings.unitId ?? null,
      updatedAt: now,
      updatedBy: actor.id,
    };
    return this.transactions.run(async (manager) => {
      if (creating) {
        if (!(await this.partners.insert(manager, partner)))
          throw new StateConflictError(`partner ${code} is already registered; change it with PUT`);
      } else {
        const before = await this.partners.findForUpdate(manager, code);
        if (!before) throw new NotFoundError(`no partner ${code}`);
        // a body without `unitId` (e.g. the console's form) keeps the unit; only an explicit null clears it
        if (settings.unitId === undefined) partner.unitId = before.unitId;
        await this.partners.update(manager, partner);
      }
      if (settings.key) await this.addKey(manager, code, settings.key.id, settings.key.secret, now);
      // for the copies other services keep of the registry (the keys are not in it)
      await this.outbox.add(manager, PartnerSaved, partnerSavedPayload(partner), { actor, occurredAt: now });
      return toPartnerView(partner, await this.partners.validKeys(code, manager));
    });
  }

  private async addKey(manager: EntityManager, code: string, id: string, secret: string, now: Date): Promise<void> {
    const everyKey = await this.partners.everyKey(manager, code);
    const added: PartnerKey = {
      partnerCode: code,
      id,
      generation: Math.max(0, ...everyKey.map((key) => key.generation)) + 1,
      secretSealed: this.seal.seal(secret),
      createdAt: now,
      retiredAt: null,
    };
    const { retired } = rotatePartnerKeys(
      await this.partners.validKeys(code, manager),
      added,
      everyKey.map((key) => key.id),
    );
    await this.partners.insertKey(manager, added);
    await this.partners.retireKeys(
      manager,
      code,
      retired.map((key) => key.id),
      now,
    );
  }
}

function distinct(categories: string[]): string[] {
  return [...new Set(categories.map((category) => category.trim()))];
}
