/**
 * npm run data:city — a city-scale installation for performance work (issue 10): 30 förvaltningar with department
 * trees, ten years of aggregate statistics (about 1 million rows), a staff survey per year, three plans per
 * organisation with sections, history and live figures, 5 000 activities with their tertial follow-ups and
 * 2 000 users across the roles.
 *
 * Deterministic: the same seed (--seed, default 2026) gives the same organisations, figures, texts and users.
 * Writes into the database the app uses (DATABASE_URL for PostgreSQL — migrated here — or PGlite in
 * PGLITE_DATA_DIR), which must hold no organisation yet. Statistics go in with one multi-row statement per
 * 10 000 rows; the tables are ANALYZEd at the end.
 *
 * Every city account has the demo password (prisma/seed/users.ts); e-mails are hr1@<slug>.stad.test,
 * chef1@…, fack1@…, admin@<slug>.stad.test. The first organisation (slug `stad-01`) is the benchmark's.
 */
import { type StatisticInsert, statisticColumns, unnestStatistics } from '@/lib/statistics/statistic-columns';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { openDatabaseAdapter } from '@/lib/db/adapter';
import { getDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { isEmbeddedDatabase } from '@/lib/env';
import { Prisma, type PrismaClient, type Role } from '@/lib/generated/prisma/client';
import type { Doc, DocNode } from '@/lib/plans/document';
import { AGE_BANDS, GENDERS } from '@/lib/statistics/measures';
import { SEED_ORGANIZATIONS } from '@/prisma/seed-data';
import type { SeedOrganization, SeedPlan } from '@/prisma/seed-data/types';
import { seedOrganization } from '@/prisma/seed/organization';
import { seedReferenceData } from '@/prisma/seed/reference';
import { DEMO_PASSWORD } from '@/prisma/seed/users';

export const CITY = {
  organizations: 30,
  firstYear: 2017,
  lastYear: 2026,
  activities: 5_000,
  users: 2_000,
} as const;

const NAMES = [
  'Rinkeby-Kista',
  'Spånga-Tensta',
  'Hässelby-Vällingby',
  'Bromma',
  'Kungsholmen',
  'Norrmalm',
  'Östermalm',
  'Södermalm',
  'Enskede-Årsta-Vantör',
  'Skarpnäck',
  'Farsta',
  'Hägersten-Älvsjö',
  'Skärholmen',
  'Socialförvaltningen',
  'Utbildningsförvaltningen',
  'Kulturförvaltningen',
  'Idrottsförvaltningen',
  'Miljöförvaltningen',
  'Stadsbyggnadskontoret',
  'Trafikkontoret',
  'Exploateringskontoret',
  'Fastighetskontoret',
  'Arbetsmarknadsförvaltningen',
  'Äldreförvaltningen',
  'Serviceförvaltningen',
  'Stadsledningskontoret',
  'Överförmyndarförvaltningen',
  'Kyrkogårdsförvaltningen',
  'Stadsarkivet',
  'Borgarrådsberedningen',
];

/** mulberry32: small, fast and the same on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A statistic row as the bulk insert writes it. */
type Row = StatisticInsert;

const NONE = {
  tertial: null,
  departmentId: null,
  occupationId: null,
  employmentForm: null,
  gender: null,
  ageBand: null,
  category: null,
  subcategory: null,
  decimals: null,
  population: null,
};

const round1 = (v: number) => Math.round(v * 10) / 10;

/** One organisation-year of statistics, shaped like the seed documents' figures but at full detail. */
export function statisticsForYear(
  random: () => number,
  year: number,
  departments: string[],
  occupations: string[],
): Row[] {
  const rows: Row[] = [];
  const forms = ['permanent', 'fixedTerm', 'hourly'];
  const perAge = new Map<string, number>();
  const perGender = new Map<string, number>();
  const perOccupation = new Map<string, number>();
  const perDepartment = new Map<string, number>();
  let total = 0;
  for (const departmentId of departments)
    for (const [o, occupationId] of occupations.entries())
      for (const employmentForm of forms)
        for (const gender of GENDERS)
          for (const ageBand of AGE_BANDS) {
            const weight = (employmentForm === 'permanent' ? 12 : 3) * (o < 4 ? 2 : 1) * (gender === 'woman' ? 1.6 : 1);
            const value = Math.floor(random() * weight);
            if (value === 0 && random() < 0.5) continue; // sparse, as real cubes are
            rows.push({
              ...NONE,
              measure: 'headcount',
              year,
              departmentId,
              occupationId,
              employmentForm,
              gender,
              ageBand,
              value,
            });
            total += value;
            perAge.set(ageBand, (perAge.get(ageBand) ?? 0) + value);
            perGender.set(gender, (perGender.get(gender) ?? 0) + value);
            perOccupation.set(occupationId, (perOccupation.get(occupationId) ?? 0) + value);
            perDepartment.set(departmentId, (perDepartment.get(departmentId) ?? 0) + value);
          }
  const reasons: [string, string | null][] = [
    ['ownRequest', 'withinOrganization'],
    ['ownRequest', 'otherOrganization'],
    ['ownRequest', 'externalEmployer'],
    ['retirement', null],
    ['fixedTermEnded', 'externalEmployer'],
    ['other', 'externalEmployer'],
  ];
  const routes = ['withinOrganization', 'otherOrganization', 'externalEmployer', 'rehire', 'other'];
  for (const departmentId of departments)
    for (const occupationId of occupations)
      for (const employmentForm of ['permanent', 'fixedTerm']) {
        for (const [category, subcategory] of reasons) {
          const value = Math.floor(random() * 4);
          if (value > 0 || random() < 0.3)
            rows.push({
              ...NONE,
              measure: 'departures',
              year,
              departmentId,
              occupationId,
              employmentForm,
              category,
              subcategory,
              value,
            });
        }
        for (const category of routes) {
          const value = Math.floor(random() * 4);
          if (value > 0 || random() < 0.3)
            rows.push({
              ...NONE,
              measure: 'recruitments',
              year,
              departmentId,
              occupationId,
              employmentForm,
              category,
              value,
            });
        }
      }
  for (const departmentId of departments) {
    for (let ahead = 0; ahead < 5; ahead++)
      rows.push({
        ...NONE,
        measure: 'retirements',
        year,
        departmentId,
        category: String(year + ahead),
        value: Math.floor(random() * 12),
      });
    rows.push({
      ...NONE,
      measure: 'retirements',
      year,
      departmentId,
      category: 'over65',
      value: Math.floor(random() * 5),
    });
    for (const category of ['total', 'short', 'long'])
      rows.push({
        ...NONE,
        measure: 'sickLeave',
        year,
        departmentId,
        category,
        value: round1(2 + random() * 6),
        decimals: 1,
        population: perDepartment.get(departmentId) ?? 0,
      });
    rows.push({
      ...NONE,
      measure: 'spanOfControl',
      year,
      departmentId,
      value: round1(15 + random() * 20),
      decimals: 1,
      population: perDepartment.get(departmentId) ?? 0,
    });
  }
  for (const category of ['total', 'short', 'long'])
    rows.push({
      ...NONE,
      measure: 'sickLeave',
      year,
      category,
      value: round1(3 + random() * 5),
      decimals: 1,
      population: total,
    });
  rows.push({
    ...NONE,
    measure: 'spanOfControl',
    year,
    value: round1(18 + random() * 10),
    decimals: 1,
    population: total,
  });
  for (let tertial = 1; tertial <= 3; tertial++)
    for (const category of ['threatViolence', 'fall', 'other'])
      rows.push({ ...NONE, measure: 'incidents', year, tertial, category, value: Math.floor(random() * 30) });
  rows.push({ ...NONE, measure: 'turnover', year, value: round1(6 + random() * 8), decimals: 1, population: total });
  for (const ageBand of AGE_BANDS)
    rows.push({
      ...NONE,
      measure: 'turnover',
      year,
      ageBand,
      value: round1(4 + random() * 14),
      decimals: 1,
      population: perAge.get(ageBand) ?? 0,
    });
  for (const occupationId of occupations)
    rows.push({
      ...NONE,
      measure: 'turnover',
      year,
      occupationId,
      value: round1(3 + random() * 15),
      decimals: 1,
      population: perOccupation.get(occupationId) ?? 0,
    });
  rows.push({
    ...NONE,
    measure: 'fullTimeShare',
    year,
    value: round1(85 + random() * 12),
    decimals: 1,
    population: total,
  });
  rows.push({ ...NONE, measure: 'partTimeCount', year, value: Math.floor(total * 0.08) });
  for (const gender of GENDERS)
    rows.push({
      ...NONE,
      measure: 'fullTimeShare',
      year,
      gender,
      value: round1(85 + random() * 12),
      decimals: 1,
      population: perGender.get(gender) ?? 0,
    });
  for (const ageBand of AGE_BANDS)
    rows.push({
      ...NONE,
      measure: 'fullTimeShare',
      year,
      ageBand,
      value: round1(75 + random() * 22),
      decimals: 1,
      population: perAge.get(ageBand) ?? 0,
    });
  return rows;
}

const CHUNK = 10_000;

/** Multi-row insert: the columns travel as arrays and unnest() makes rows (one statement per 10 000 rows). */
async function insertRows(db: PrismaClient, organizationId: string, rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await db.$executeRawUnsafe(
      `INSERT INTO "StaffStatistic" ("id", "organizationId", "measure", "year", "tertial", "departmentId",
         "occupationId", "employmentForm", "gender", "ageBand", "category", "subcategory", "value", "decimals",
         "population", "origin")
       SELECT gen_random_uuid()::text, $1, u.*, 'SEED_GENERATED'::"FigureOrigin"
       FROM ${unnestStatistics(2)} AS u`,
      organizationId,
      ...statisticColumns(chunk),
    );
  }
}

/** A paragraph with live figures, so that a plan page resolves many of them (issue 10: one query, not one each). */
function figureParagraph(blockId: string, year: number, occupations: string[]): DocNode {
  const figure = (measure: string, dimensions: Record<string, string> = {}, y = year): DocNode => ({
    type: 'liveFigure',
    attrs: { measure, dimensions, year: y },
  });
  const text = (t: string): DocNode => ({ type: 'text', text: t });
  return {
    type: 'paragraph',
    attrs: { blockId },
    content: [
      text('Förvaltningen hade '),
      figure('headcount'),
      text(' anställda, varav '),
      figure('headcount', { employmentForm: 'permanent' }),
      text(' tillsvidareanställda (året innan '),
      figure('headcount', {}, year - 1),
      text('). Sjukfrånvaron var '),
      figure('sickLeave', { category: 'total' }),
      text(' och personalomsättningen '),
      figure('turnover'),
      text(', bland '),
      text(occupations[0] ?? 'medarbetare'),
      text(' '),
      figure('turnover', occupations[0] ? { occupation: occupations[0] } : {}),
      text('. Heltidsandelen var '),
      figure('fullTimeShare'),
      text('.'),
    ],
  };
}

function withFigures(body: Doc, prefix: string, year: number, occupations: string[]): Doc {
  return { ...body, content: [...body.content, figureParagraph(`${prefix}f`, year, occupations)] };
}

function parseArgs(argv: string[]): { seed: number; years: number } {
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    const value = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} måste vara ett positivt heltal`);
    return value;
  };
  return { seed: option('--seed', 2026), years: Math.min(option('--years', 10), 10) };
}

async function main() {
  const { seed, years } = parseArgs(process.argv.slice(2));
  // --years N keeps only the newest N years (the benchmark compares 1 and 10 stored years).
  const firstYear = CITY.lastYear - years + 1;
  process.env.DEMO_SEED = 'false'; // the embedded database would otherwise load the demo data first
  const started = Date.now();
  const log = (message: string) =>
    console.info(`[data:city ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
  if (!isEmbeddedDatabase()) {
    const adapter = await openDatabaseAdapter();
    const applied = await applyMigrations(adapter.factory);
    if (applied.length) log(`migrerade ${applied.length} migreringar`);
  }
  const db = await getDb();
  if ((await db.organization.count()) > 0) {
    console.error('Databasen innehåller redan organisationer. data:city fyller bara en tom databas.');
    process.exit(1);
  }
  await seedReferenceData(db);
  const random = rng(seed);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const unions = await db.unionOrganization.findMany({ orderBy: { name: 'asc' } });
  const phases = await db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' } });
  const strategies = await db.skrStrategy.findMany({
    where: { set: { isCurrent: true } },
    orderBy: { sortOrder: 'asc' },
  });
  const templateActivities = SEED_ORGANIZATIONS.flatMap((o) => o.plans.flatMap((p) => p.activities));
  const templateSections = SEED_ORGANIZATIONS.flatMap((o) => o.plans.flatMap((p) => p.sections)).slice(0, 12);
  const richestSurvey = SEED_ORGANIZATIONS.flatMap((o) => o.surveys).sort(
    (a, b) => b.results.length - a.results.length,
  )[0]!;

  let statisticRows = 0;
  let usersCreated = 0;
  let activitiesCreated = 0;
  for (let index = 0; index < CITY.organizations; index++) {
    const template = SEED_ORGANIZATIONS[index % SEED_ORGANIZATIONS.length]!;
    const slug = `stad-${String(index + 1).padStart(2, '0')}`;
    const name = NAMES[index]!;
    // Department trees: the template's departments, each with three units (some the template's own).
    const departments = template.departments.map((d, i) => ({
      ...d,
      units: [...(d.units ?? []), `${d.name} enhet 1`, `${d.name} enhet 2`, `${d.name} enhet 3`].slice(0, 3 + (i % 2)),
    }));
    const plans: SeedPlan[] = [2020, 2023, 2026].map((startYear) => ({
      startYear,
      title: `Kompetensförsörjningsplan ${startYear}–${startYear + 2}`,
      status: startYear < 2026 || index % 2 === 0 ? 'ADOPTED' : 'IN_REVIEW',
      focusStrategies: strategies.slice(0, 3).map((s) => s.name),
      sections: templateSections,
      activities: [],
      gaps: [{ area: 'Socialsekreterare', description: `Brist på erfarna socialsekreterare ${startYear}` }],
      risks: [
        {
          title: 'Pensionsavgångar',
          description: 'Många går i pension under planperioden.',
          likelihood: 3,
          consequence: 3,
          gapDescriptions: [`Brist på erfarna socialsekreterare ${startYear}`],
        },
      ],
      reviewMeeting:
        startYear === 2026 && index % 2 === 1
          ? {
              date: '2026-11-20',
              forum: 'Förvaltningsgrupp',
              itemNumber: '5.2.1',
              title: 'Samverkan om planen',
              type: 'INFORMATION' as const,
              unions: unions.slice(0, 3).map((u) => u.name),
              adjusters: [],
              questions: unions.slice(0, 3).map((u, q) => ({
                union: u.name,
                section: templateSections[q]?.title,
                question: `Hur säkras bemanningen i avsnitt ${q + 1}?`,
                answer: q % 2 === 0 ? 'Genom rekrytering och kompetensutveckling.' : undefined,
              })),
            }
          : undefined,
    }));
    const organization: SeedOrganization = {
      slug,
      name,
      boardName: `${name.replace(/(förvaltningen|kontoret)$/, '')}nämnden`,
      turnoverDefinition: template.turnoverDefinition,
      departments,
      occupations: template.occupations,
      boardGoals: [{ code: '3.4.1', title: 'Stockholm är en attraktiv arbetsgivare' }],
      goals: Array.from({ length: CITY.lastYear - CITY.firstYear + 1 }, (_, i) => CITY.firstYear + i).flatMap((year) =>
        [...new Map(template.goals.map((g) => [`${g.measure}|${g.category ?? ''}`, g])).values()].map((g) => ({
          ...g,
          year,
        })),
      ),
      statistics: [],
      surveys: [],
      plans,
    };
    const saved = await db.$transaction((tx) => seedOrganization(tx, organization), { timeout: 300_000 });
    const topDepartments = template.departments.map((d) => saved.departments.get(d.name)!);
    const occupationIds = (
      await db.occupation.findMany({ where: { organizationId: saved.id }, orderBy: { name: 'asc' } })
    ).map((o) => o.id);

    // Statistics: ten years, full detail.
    for (let year = CITY.firstYear; year <= CITY.lastYear; year++) {
      if (year < firstYear) continue;
      // One stream per organisation and year: --years 1 holds exactly the newest year of the full data.
      const rows = statisticsForYear(rng(seed * 7919 + index * 101 + year), year, topDepartments, occupationIds);
      await insertRows(db, saved.id, rows);
      statisticRows += rows.length;
    }
    // A staff survey per year (the organisation's), with last year's value beside each result.
    for (let year = firstYear; year <= CITY.lastYear; year++) {
      const random = rng(seed * 104729 + index * 101 + year);
      await db.surveyRound.create({
        data: {
          organizationId: saved.id,
          year,
          invited: 900 + Math.floor(random() * 400),
          responded: 600 + Math.floor(random() * 250),
          origin: 'SEED_GENERATED',
          results: {
            create: richestSurvey.results.map((r) => ({
              kind: r.kind,
              key: r.key,
              label: r.label,
              value: new Prisma.Decimal(Math.round(60 + random() * 30)),
              previousValue: year > CITY.firstYear ? new Prisma.Decimal(Math.round(60 + random() * 30)) : null,
              cityValue: new Prisma.Decimal(Math.round(70 + random() * 15)),
            })),
          },
        },
      });
    }

    // Users: HR, an administrator, union reps (one per union) and managers of every department and unit.
    const orgUsers = Math.floor(CITY.users / CITY.organizations) + (index < CITY.users % CITY.organizations ? 1 : 0);
    const leafDepartments = [...saved.departments.values()];
    const accounts: { email: string; name: string; role: Role; departmentId?: string; unionId?: string }[] = [
      { email: `hr1@${slug}.stad.test`, name: `HR-konsult 1 ${name}`, role: 'HR' },
      { email: `hr2@${slug}.stad.test`, name: `HR-konsult 2 ${name}`, role: 'HR' },
      { email: `admin@${slug}.stad.test`, name: `Administratör ${name}`, role: 'ADMIN' },
      ...unions.slice(0, 4).map((u, i) => ({
        email: `fack${i + 1}@${slug}.stad.test`,
        name: `Ombud ${u.shortName} ${name}`,
        role: 'UNION_REP' as const,
        unionId: u.id,
      })),
    ];
    for (let m = 1; accounts.length < orgUsers; m++) {
      accounts.push({
        email: `chef${m}@${slug}.stad.test`,
        name: `Chef ${m} ${name}`,
        role: 'MANAGER',
        departmentId: (m <= topDepartments.length
          ? topDepartments[m - 1]
          : leafDepartments[m % leafDepartments.length])!,
      });
    }
    const users = accounts.map((a) => ({ id: randomUUID(), ...a }));
    await db.user.createMany({ data: users.map((u) => ({ id: u.id, email: u.email, name: u.name, passwordHash })) });
    const memberships = users.map((u) => ({
      id: randomUUID(),
      userId: u.id,
      organizationId: saved.id,
      role: u.role,
      unionOrganizationId: u.unionId ?? null,
    }));
    await db.membership.createMany({ data: memberships });
    await db.managerScope.createMany({
      data: users.flatMap((u, i) =>
        u.departmentId ? [{ membershipId: memberships[i]!.id, departmentId: u.departmentId }] : [],
      ),
    });
    usersCreated += users.length;
    const hr = users[0]!;
    const managersByDepartment = new Map(users.filter((u) => u.departmentId).map((u) => [u.departmentId!, u.id]));

    // Plans: section history (five versions each) and the sections' live figures; then activities in bulk.
    const savedPlans = await db.plan.findMany({
      where: { organizationId: saved.id },
      orderBy: { startYear: 'asc' },
      include: { sections: { orderBy: { sortOrder: 'asc' } } },
    });
    const occupationNames = template.occupations;
    for (const plan of savedPlans) {
      for (const section of plan.sections) {
        const body = withFigures(section.body as Doc, `s${section.sortOrder}`, plan.startYear - 1, occupationNames);
        const revisions = [2, 3, 4, 5].map((version) => ({
          sectionId: section.id,
          version,
          title: section.title,
          body: (version === 5 ? body : section.body) as Prisma.InputJsonValue,
          createdById: hr.id,
          createdAt: new Date(Date.UTC(plan.startYear - 1, 8, version)),
        }));
        await db.planSectionRevision.createMany({ data: revisions });
        await db.planSection.update({
          where: { id: section.id },
          data: { body: body as Prisma.InputJsonValue, version: 5, ownerId: hr.id, updatedById: hr.id },
        });
      }
    }
    const orgActivities =
      Math.floor(CITY.activities / CITY.organizations) + (index < CITY.activities % CITY.organizations ? 1 : 0);
    const perPlan = [Math.floor(orgActivities * 0.15), Math.floor(orgActivities * 0.25)];
    perPlan.push(orgActivities - perPlan[0]! - perPlan[1]!);
    for (const [p, plan] of savedPlans.entries()) {
      const activities = Array.from({ length: perPlan[p]! }, (_, a) => {
        const t = templateActivities[(a + index) % templateActivities.length]!;
        const departmentId = leafDepartments[a % leafDepartments.length]!;
        const done = plan.startYear < 2026 && random() < 0.7;
        return {
          id: randomUUID(),
          planId: plan.id,
          departmentId,
          ubaraPhaseId: phases[a % phases.length]!.id,
          goal: t.goal,
          title: `${t.title} (${a + 1})`,
          dueDate: new Date(Date.UTC(plan.startYear + (a % 3), 11, 31)),
          ownerText: t.owner,
          ownerUserId: managersByDepartment.get(departmentId) ?? null,
          status: done ? ('DONE' as const) : a % 4 === 0 ? ('NOT_STARTED' as const) : ('IN_PROGRESS' as const),
          sortOrder: a + 1,
        };
      });
      await db.activity.createMany({ data: activities });
      await db.activityStrategy.createMany({
        data: activities.map((a, i) => ({ activityId: a.id, strategyId: strategies[i % strategies.length]!.id })),
      });
      const followUps = activities.flatMap((a) =>
        [plan.startYear, plan.startYear + 1, plan.startYear + 2]
          .filter((year) => year <= 2026)
          .flatMap((year) =>
            (['T1', 'T2', 'ANNUAL'] as const)
              .filter((period) => year < 2026 || period !== 'ANNUAL')
              .map((period, k) => ({
                activityId: a.id,
                year,
                period,
                status:
                  a.status === 'DONE' && year === plan.startYear + 2 ? ('DONE' as const) : ('IN_PROGRESS' as const),
                comment: `Uppföljning ${period} ${year}: arbetet pågår enligt plan.`,
                authorId: a.ownerUserId,
                createdAt: new Date(Date.UTC(year, 4 + k * 4, 15)),
              })),
          ),
      );
      await db.followUp.createMany({ data: followUps });
      activitiesCreated += activities.length;
    }
    log(`${slug} ${name}: klar (${statisticRows} statistikrader hittills)`);
  }
  log('ANALYZE');
  await db.$executeRawUnsafe('ANALYZE');
  log(
    `${CITY.organizations} organisationer, ${years} år, ${statisticRows} statistikrader, ${usersCreated} användare, ${activitiesCreated} aktiviteter (seed ${seed})`,
  );
  process.exit(0);
}

if (process.argv[1]?.endsWith('data-city.ts')) await main();
