/**
 * Place names for job locations: tech-hub cities worldwide, countries, and US states (names and
 * postal codes, for "Seattle, WA" / "Seattle, Washington"). Kept deliberately small and exact.
 */

export const CITIES = [
  // North America
  'San Francisco', 'San Jose', 'Palo Alto', 'Mountain View', 'Menlo Park', 'Sunnyvale', 'Santa Clara', 'Cupertino',
  'Redwood City', 'San Mateo', 'Oakland', 'Berkeley', 'Los Angeles', 'San Diego', 'Irvine', 'Santa Monica',
  'Seattle', 'Bellevue', 'Redmond', 'Kirkland', 'Portland', 'New York City', 'New York', 'Brooklyn', 'Boston', 'Cambridge',
  'Chicago', 'Austin', 'Dallas', 'Houston', 'Denver', 'Boulder', 'Atlanta', 'Miami', 'Washington, D.C.', 'Washington DC',
  'Philadelphia', 'Pittsburgh', 'Raleigh', 'Durham', 'Salt Lake City', 'Minneapolis', 'Detroit',
  'Nashville', 'Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Waterloo', 'Calgary', 'Mexico City',
  // Europe
  'London', 'Dublin', 'Edinburgh', 'Manchester', 'Paris', 'Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Amsterdam',
  'Rotterdam', 'Brussels', 'Zurich', 'Geneva', 'Vienna', 'Prague', 'Warsaw', 'Krakow', 'Budapest', 'Bucharest',
  'Madrid', 'Barcelona', 'Lisbon', 'Porto', 'Milan', 'Rome', 'Stockholm', 'Copenhagen', 'Oslo', 'Helsinki',
  'Tallinn', 'Kyiv', 'Athens', 'Istanbul',
  // Asia, Oceania, Middle East, Africa, South America
  'Singapore', 'Hong Kong', 'Shanghai', 'Beijing', 'Shenzhen', 'Hangzhou', 'Guangzhou', 'Taipei', 'Tokyo', 'Osaka',
  'Seoul', 'Pangyo', 'Busan', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Pune', 'Chennai', 'Mumbai', 'Gurgaon', 'Gurugram',
  'Noida', 'New Delhi', 'Delhi', 'Jakarta', 'Kuala Lumpur', 'Bangkok', 'Ho Chi Minh City', 'Hanoi', 'Manila',
  'Sydney', 'Melbourne', 'Brisbane', 'Auckland', 'Dubai', 'Abu Dhabi', 'Tel Aviv', 'Riyadh', 'Cairo', 'Lagos',
  'Nairobi', 'Cape Town', 'Johannesburg', 'São Paulo', 'Sao Paulo', 'Buenos Aires', 'Bogotá', 'Bogota', 'Santiago', 'Lima',
];

export const COUNTRIES = [
  'United States', 'United States of America', 'USA', 'U.S.', 'US', 'United Kingdom', 'UK', 'Canada', 'Mexico', 'Brazil', 'Argentina',
  'Ireland', 'Germany', 'France', 'Netherlands', 'Belgium', 'Switzerland', 'Austria', 'Spain', 'Portugal', 'Italy',
  'Poland', 'Czech Republic', 'Czechia', 'Romania', 'Ukraine', 'Sweden', 'Denmark', 'Norway', 'Finland', 'Estonia',
  'Israel', 'Turkey', 'United Arab Emirates', 'UAE', 'India', 'China', 'Japan', 'South Korea', 'Korea', 'Taiwan',
  'Vietnam', 'Thailand', 'Malaysia', 'Indonesia', 'Philippines', 'Australia', 'New Zealand', 'South Africa',
  'Nigeria', 'Kenya', 'Egypt', 'Europe', 'EMEA', 'APAC', 'LATAM', 'North America',
];

export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

export const CA_PROVINCES: Record<string, string> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island',
  QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

/** Places where a bare "$" is not the US dollar. */
export const DOLLAR_PLACES: Record<string, string> = {
  toronto: 'CAD', vancouver: 'CAD', montreal: 'CAD', ottawa: 'CAD', waterloo: 'CAD', calgary: 'CAD', canada: 'CAD',
  sydney: 'AUD', melbourne: 'AUD', brisbane: 'AUD', australia: 'AUD', auckland: 'NZD', 'new zealand': 'NZD',
  singapore: 'SGD', 'hong kong': 'HKD', 'mexico city': 'MXN', mexico: 'MXN',
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (names: readonly string[]): string =>
  [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
