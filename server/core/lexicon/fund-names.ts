/**
 * The funds' own names before their 预算, as documents and questions write them: 一般公共(预算), 政府性基金(预算),
 * 国有资本经营(预算), 社会保险基金(预算). One list for the question reader, the prose reader and the title reader.
 */
export const FUND_STEMS = '一般公共|政府性基金|国有资本经营|社会保险基金'
