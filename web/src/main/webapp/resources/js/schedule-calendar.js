/*
 * Options of the calendar page's p:schedule that its attributes do not cover. PrimeFaces
 * calls the extender with the widget as "this" before FullCalendar renders.
 */
function crmCalendarOptions() {
    var options = this.cfg.options;
    options.nowIndicator = true;
    options.dayMaxEvents = true;
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
