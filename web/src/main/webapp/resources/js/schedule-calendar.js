/*
 * Options of the calendar page's p:schedule that its attributes do not cover. PrimeFaces
 * calls the extender with the widget as "this" before FullCalendar renders.
 */
function crmCalendarOptions() {
    var options = this.cfg.options;
    options.nowIndicator = true;
    options.dayMaxEvents = true;
    // A fixed height makes the time grid scroll, so it opens an hour before the company's
    // current time rather than at midnight.
    options.height = Math.max(480, window.innerHeight - 160);
    options.scrollTime = hourBeforeNow(options.timeZone);
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

/** Returns the hour before now on the zone's clock as HH:00:00, or 08:00:00 where the browser cannot tell. */
function hourBeforeNow(zone) {
    try {
        var format = new Intl.DateTimeFormat("en-GB", {
            timeZone: zone && zone !== "local" ? zone : undefined,
            hour: "2-digit",
            hourCycle: "h23"
        });
        var hour = Math.max(0, parseInt(format.format(new Date()), 10) - 1);
        return (hour < 10 ? "0" : "") + hour + ":00:00";
    } catch (e) {
        return "08:00:00";
    }
}
