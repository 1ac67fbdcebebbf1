export declare const DEV_BASE_URL: string;
export declare function normalizeBaseUrl(input: string): string;
export declare function manifestForBaseUrl(xml: string, baseUrl: string): string;
