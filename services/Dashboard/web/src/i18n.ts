// Labels in English and Bulgarian, and Intl formatting for the chosen language (en-GB / bg-BG).

export type Language = "en" | "bg";

const labels = {
  en: {
    title: "Bulgaria–UK cooperation programme",
    subtitle: "Organised immigration crime: programme dashboard",
    indicators: "Indicators",
    value: "Value",
    target: "Target",
    baseline: "Baseline",
    progress: "Progress",
    history: "History by quarter",
    noValue: "No value yet",
    ragGreen: "On track",
    ragAmber: "At risk",
    ragRed: "Off track",
    ragNone: "Not rated",
    cadence: "Meeting cadence",
    currentQuarter: "Current quarter",
    meetingsHeld: "Meetings held",
    nextDue: "Next meeting due by",
    stateMet: "Met",
    stateBreached: "Breached",
    stateDue: "Due",
    stateUnknown: "Unknown",
    publication: "Publication of the quarter's figures",
    approvedByBg: "Approved by BG",
    approvedByUk: "Approved by UK",
    published: "Published",
    yes: "Yes",
    no: "No",
    sharing: "Information-sharing speed by channel",
    channel: "Channel",
    volume: "Exchanges",
    medianHours: "Median hours to answer",
    withinDeadline: "Answered within deadline",
    total: "All channels",
    live: "Live",
    connecting: "Connecting…",
    reconnecting: "Reconnecting…",
    resumed: "Live: resumed",
    signIn: "Sign in",
    signInAs: "Sign in as a development persona",
    signInAgency: "Sign in with your agency",
    signOut: "Sign out",
    signedInAs: "Signed in as",
    noSignIn: "Sign-in is not configured for this deployment: nothing can be shown.",
    unavailable: "Not available to this account",
    language: "Language",
    updated: "Updated",
    channels: {
      EUROPOL_SIENA: "Europol SIENA",
      EUROJUST: "Eurojust",
      INTERPOL: "Interpol",
      LIAISON_OFFICER: "Liaison officers",
      BILATERAL: "Bilateral",
    } as Record<string, string>,
  },
  bg: {
    title: "Програма за сътрудничество България–Обединено кралство",
    subtitle: "Организирана престъпност, свързана с имиграцията: табло на програмата",
    indicators: "Показатели",
    value: "Стойност",
    target: "Цел",
    baseline: "Изходна стойност",
    progress: "Напредък",
    history: "История по тримесечия",
    noValue: "Все още няма стойност",
    ragGreen: "По план",
    ragAmber: "В риск",
    ragRed: "Изоставане",
    ragNone: "Без оценка",
    cadence: "Честота на заседанията",
    currentQuarter: "Текущо тримесечие",
    meetingsHeld: "Проведени заседания",
    nextDue: "Следващо заседание до",
    stateMet: "Изпълнено",
    stateBreached: "Нарушено",
    stateDue: "Предстои",
    stateUnknown: "Неизвестно",
    publication: "Публикуване на данните за тримесечието",
    approvedByBg: "Одобрено от България",
    approvedByUk: "Одобрено от Обединеното кралство",
    published: "Публикувано",
    yes: "Да",
    no: "Не",
    sharing: "Бързина на обмена на информация по канали",
    channel: "Канал",
    volume: "Обмени",
    medianHours: "Медиана на часовете до отговор",
    withinDeadline: "Отговорени в срок",
    total: "Всички канали",
    live: "На живо",
    connecting: "Свързване…",
    reconnecting: "Повторно свързване…",
    resumed: "На живо: възстановено",
    signIn: "Вход",
    signInAs: "Вход като персона за разработка",
    signInAgency: "Вход чрез вашата агенция",
    signOut: "Изход",
    signedInAs: "Влезли сте като",
    noSignIn: "Входът не е настроен за тази инсталация: нищо не може да бъде показано.",
    unavailable: "Недостъпно за този профил",
    language: "Език",
    updated: "Обновено",
    channels: {
      EUROPOL_SIENA: "Европол SIENA",
      EUROJUST: "Евроюст",
      INTERPOL: "Интерпол",
      LIAISON_OFFICER: "Офицери за връзка",
      BILATERAL: "Двустранно",
    } as Record<string, string>,
  },
} as const;

export type Labels = (typeof labels)["en"];

const locales: Record<Language, string> = { en: "en-GB", bg: "bg-BG" };
const storageKey = "cooperation.dashboard.language";

let current: Language = (localStorage.getItem(storageKey) as Language | null) ?? "en";

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  current = next;
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
}

export function t(): Labels {
  return labels[current] as Labels;
}

export function formatNumber(value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(locales[current], { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locales[current], { style: "percent", maximumFractionDigits: 0 }).format(share);
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(locales[current], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(locales[current], { timeStyle: "medium" }).format(date);
}

export function formatQuarter(year: number, quarter: number): string {
  return current === "bg" ? `${quarter}. трим. ${year}` : `Q${quarter} ${year}`;
}
