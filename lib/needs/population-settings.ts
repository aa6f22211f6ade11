import 'server-only';
import { type Tx, defineAction } from '../auth/guard';
import { Prisma } from '../generated/prisma/client';
import { AGE_GROUP_LABELS } from './population-age-groups';
import {
  organizationDistrictsSchema,
  removeEntrySchema,
  staffingRatioSchema,
  volumeChangeSchema,
} from './population-schemas';

/**
 * What turns a population forecast into staff: bemanningstal per occupation and age group from a year on, or a
 * change per occupation and year HR states directly; and the stadsdelsområden the förvaltning serves. HR only
 * (configure:statistics), each change with its before → after audit row.
 */
const revalidate = ({ context }: { context: { org: { slug: string } } }) => [`/${context.org.slug}/kompetensbehov`];

const occupationOfOrganization = async (tx: Tx, organizationId: string, occupationId: string) =>
  (await tx.occupation.count({ where: { id: occupationId, organizationId } })) === 1;

const formatNumber = (value: number) => value.toLocaleString('sv-SE', { maximumFractionDigits: 2 });

export const saveStaffingRatioAction = defineAction({
  name: 'needs.staffing-ratio.save',
  schema: staffingRatioSchema,
  permission: 'configure:statistics',
  authorize: ({ tx, input, context }) => occupationOfOrganization(tx, context.org.id, input.occupationId),
  run: async ({ tx, input, context }) => {
    const key = {
      organizationId: context.org.id,
      occupationId: input.occupationId,
      ageGroup: input.ageGroup,
      validFrom: input.validFrom,
    };
    const before = await tx.staffingRatio.findUnique({
      where: { organizationId_occupationId_ageGroup_validFrom: key },
    });
    const values = { staff: new Prisma.Decimal(input.staff), perResidents: input.perResidents };
    const saved = await tx.staffingRatio.upsert({
      where: { organizationId_occupationId_ageGroup_validFrom: key },
      create: { ...key, ...values },
      update: values,
      include: { occupation: { select: { name: true } } },
    });
    return {
      ok: true,
      data: {
        message: `Bemanningstalet är sparat: ${formatNumber(input.staff)} ${saved.occupation.name} per ${input.perResidents} invånare ${AGE_GROUP_LABELS[input.ageGroup]} från ${input.validFrom}.`,
      },
      audit: {
        entityType: 'StaffingRatio',
        entityId: saved.id,
        details: {
          before: before ? { staff: Number(before.staff), perResidents: before.perResidents } : null,
          after: { ...key, staff: input.staff, perResidents: input.perResidents },
        },
      },
    };
  },
  revalidate,
});

export const removeStaffingRatioAction = defineAction({
  name: 'needs.staffing-ratio.remove',
  schema: removeEntrySchema,
  permission: 'configure:statistics',
  authorize: async ({ tx, input, context }) =>
    (await tx.staffingRatio.count({ where: { id: input.id, organizationId: context.org.id } })) === 1,
  run: async ({ tx, input }) => {
    const before = await tx.staffingRatio.delete({ where: { id: input.id } });
    return {
      ok: true,
      data: { message: 'Bemanningstalet är borttaget.' },
      audit: {
        entityType: 'StaffingRatio',
        entityId: input.id,
        details: { before: { ...before, staff: Number(before.staff) }, after: null },
      },
    };
  },
  revalidate,
});

export const saveVolumeChangeAction = defineAction({
  name: 'needs.volume-change.save',
  schema: volumeChangeSchema,
  permission: 'configure:statistics',
  authorize: ({ tx, input, context }) => occupationOfOrganization(tx, context.org.id, input.occupationId),
  run: async ({ tx, input, context }) => {
    const key = { organizationId: context.org.id, occupationId: input.occupationId, year: input.year };
    const before = await tx.volumeChange.findUnique({ where: { organizationId_occupationId_year: key } });
    const saved = await tx.volumeChange.upsert({
      where: { organizationId_occupationId_year: key },
      create: { ...key, change: new Prisma.Decimal(input.change) },
      update: { change: new Prisma.Decimal(input.change) },
      include: { occupation: { select: { name: true } } },
    });
    return {
      ok: true,
      data: {
        message: `Förändringen är sparad: ${formatNumber(input.change)} ${saved.occupation.name} ${input.year}. Den används i stället för bemanningstalen för ${saved.occupation.name}.`,
      },
      audit: {
        entityType: 'VolumeChange',
        entityId: saved.id,
        details: { before: before ? Number(before.change) : null, after: { ...key, change: input.change } },
      },
    };
  },
  revalidate,
});

export const removeVolumeChangeAction = defineAction({
  name: 'needs.volume-change.remove',
  schema: removeEntrySchema,
  permission: 'configure:statistics',
  authorize: async ({ tx, input, context }) =>
    (await tx.volumeChange.count({ where: { id: input.id, organizationId: context.org.id } })) === 1,
  run: async ({ tx, input }) => {
    const before = await tx.volumeChange.delete({ where: { id: input.id } });
    return {
      ok: true,
      data: { message: 'Förändringen är borttagen.' },
      audit: {
        entityType: 'VolumeChange',
        entityId: input.id,
        details: { before: { ...before, change: Number(before.change) }, after: null },
      },
    };
  },
  revalidate,
});

export const saveOrganizationDistrictsAction = defineAction({
  name: 'needs.districts.save',
  schema: organizationDistrictsSchema,
  permission: 'configure:statistics',
  run: async ({ tx, input, context }) => {
    const chosen = [...new Set(input.districtIds)];
    const current = await tx.district.findMany({ where: { id: { in: chosen }, validTo: null }, select: { id: true } });
    if (current.length !== chosen.length) {
      return {
        ok: false,
        error: 'Välj bland dagens stadsdelsområden.',
        fieldErrors: { districtIds: ['Välj bland dagens stadsdelsområden.'] },
        code: 'invalid',
      };
    }
    const before = await tx.organizationDistrict.findMany({
      where: { organizationId: context.org.id },
      select: { districtId: true },
    });
    await tx.organizationDistrict.deleteMany({ where: { organizationId: context.org.id } });
    await tx.organizationDistrict.createMany({
      data: chosen.map((districtId) => ({ organizationId: context.org.id, districtId })),
    });
    return {
      ok: true,
      data: { message: 'Stadsdelsområdena är sparade.' },
      audit: {
        entityType: 'Organization',
        entityId: context.org.id,
        details: { before: before.map((b) => b.districtId).sort(), after: chosen.sort() },
      },
    };
  },
  revalidate,
});
