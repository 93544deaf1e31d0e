import { CITY_SERVICES_ARTICLES } from './city-services.seed';
import { INSURANCE_AND_HOUSING_ARTICLES } from './insurance-and-housing.seed';
import { PEOPLE_AND_FAMILY_ARTICLES } from './people-and-family.seed';
import { SeedArticle } from './seed-article';

export const SEED_ARTICLES: readonly SeedArticle[] = [
  ...PEOPLE_AND_FAMILY_ARTICLES,
  ...INSURANCE_AND_HOUSING_ARTICLES,
  ...CITY_SERVICES_ARTICLES,
];
