// Realistic Chinese personal data: names weighted by real surname frequency, mobile numbers, ID-card tails.
import type { Rng } from './rng.js';

/** Common surnames with their approximate share of the population (%), most frequent first. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7.1], ['李', 7.0], ['张', 6.8], ['刘', 5.4], ['陈', 4.6], ['杨', 3.1], ['黄', 2.2], ['赵', 2.2], ['吴', 2.0],
  ['周', 1.9], ['徐', 1.6], ['孙', 1.5], ['马', 1.3], ['朱', 1.2], ['胡', 1.1], ['郭', 1.1], ['何', 1.0], ['高', 1.0],
  ['林', 0.9], ['罗', 0.9], ['郑', 0.8], ['梁', 0.8], ['谢', 0.7], ['宋', 0.6], ['唐', 0.6], ['许', 0.6], ['韩', 0.6],
  ['冯', 0.5], ['邓', 0.5], ['曹', 0.5], ['彭', 0.5], ['曾', 0.5], ['肖', 0.4], ['田', 0.4], ['董', 0.4], ['袁', 0.4],
  ['潘', 0.4], ['于', 0.4], ['蒋', 0.4], ['蔡', 0.4], ['余', 0.4], ['杜', 0.3], ['叶', 0.3], ['程', 0.3], ['苏', 0.3],
  ['魏', 0.3], ['吕', 0.3], ['丁', 0.3], ['任', 0.3], ['沈', 0.3], ['姚', 0.3], ['卢', 0.3], ['姜', 0.3], ['崔', 0.3],
  ['钟', 0.3], ['谭', 0.2], ['陆', 0.2], ['汪', 0.2], ['范', 0.2], ['金', 0.2], ['石', 0.2], ['廖', 0.2], ['贾', 0.2],
  ['夏', 0.2], ['韦', 0.2], ['付', 0.2], ['方', 0.2], ['白', 0.2], ['邹', 0.2], ['孟', 0.2], ['熊', 0.2], ['秦', 0.2],
  ['邱', 0.2], ['江', 0.2], ['尹', 0.2], ['薛', 0.2], ['闫', 0.2], ['段', 0.2], ['雷', 0.2], ['侯', 0.2], ['龙', 0.2],
  ['史', 0.2], ['陶', 0.2], ['黎', 0.2], ['贺', 0.2], ['顾', 0.2], ['毛', 0.2], ['郝', 0.2], ['龚', 0.2], ['邵', 0.2],
  ['万', 0.1], ['钱', 0.1], ['严', 0.1], ['覃', 0.1], ['武', 0.1], ['戴', 0.1], ['莫', 0.1], ['孔', 0.1], ['向', 0.1],
  ['汤', 0.1], ['欧阳', 0.05], ['司马', 0.01], ['上官', 0.01],
];

const MALE_CHARS = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林建国志文东海峰成亮振忠德荣'];
const FEMALE_CHARS = [...'芳娜敏静丽艳娟霞秀玲桂英梅琳燕萍红雪慧颖倩婷晶洁欣悦佳怡丹蕾淑兰凤琴莉'];
const SHARED_CHARS = [...'子晓一嘉思雨春云安乐天心新'];

export function personName(rng: Rng): string {
  const pool = rng.chance(0.5) ? MALE_CHARS : FEMALE_CHARS;
  const char = () => (rng.chance(0.2) ? rng.pick(SHARED_CHARS) : rng.pick(pool));
  const given = rng.chance(0.3) ? char() : char() + char();
  return rng.weighted(SURNAMES) + given;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
];

function digits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String(rng.int(0, 9));
  return s;
}

/** An 11-digit mainland mobile number (13x/15x/18x). */
export function mobilePhone(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/** The last four digits of a resident ID card (only the tail is ever stored). */
export function idCardTail(rng: Rng): string {
  return digits(rng, 4);
}
