/*
 * Options of the calendar page's p:schedule that its attributes do not cover. PrimeFaces
 * calls the extender with the widget as "this" before FullCalendar renders.
 */
function crmCalendarOptions() {
    var options = this.cfg.options;
    options.nowIndicator = true;
    options.dayMaxEvents = true;
    // A fixed height makes the time grid scroll, so it opens at scrollTime rather than at midnight.
    options.height = Math.max(480, window.innerHeight - 160);
    // Arrows rather than words for previous and next, which would not fit a phone's toolbar.
    options.buttonText = options.buttonText || {};
    options.buttonText.prev = "\u2039";
    options.buttonText.next = "\u203A";
    // Weeks start on Monday in China; other languages keep their locale's first day.
    if (/^zh/i.test(this.cfg.locale || "")) {
        options.firstDay = 1;
    }
    // A phone is too narrow for seven columns of times: it opens on one day.
    if (window.matchMedia && window.matchMedia("(max-width: 640px)").matches) {
        options.initialView = "timeGridDay";
    }
    // After each load of events, the page shows whether the range held more than it could show.
    options.loading = function (isLoading) {
        if (!isLoading && typeof refreshCalendarNotice === "function") {
            refreshCalendarNotice();
        }
    };
}
