package org.xtoolscrm.report.daily;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Keeps one persistent timer that fires every day at a time of day in the company's time
 * zone. A timer of the same purpose with another time, zone or a duplicate of it (two nodes
 * that started at once) is cancelled, so a changed setting takes effect at the next start.
 */
public final class DailyTimer {

    private static final Logger LOG = Logger.getLogger(DailyTimer.class.getName());

    private DailyTimer() {
    }

    /**
     * Makes sure the bean's timers hold exactly one daily timer with the given info at the time.
     *
     * @param info the timer's purpose, which its callback reads to tell timers apart
     */
    public static void keep(TimerService timers, String info, LocalTime at, ZoneId zone) {
        boolean found = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo())) {
                ScheduleExpression schedule = timer.getSchedule();
                boolean current = String.valueOf(at.getHour()).equals(schedule.getHour())
                        && String.valueOf(at.getMinute()).equals(schedule.getMinute())
                        && zone.getId().equals(schedule.getTimezone());
                if (current && !found) {
                    found = true;
                } else {
                    timer.cancel();
                    LOG.info(() -> "Timer " + info + " at " + schedule.getHour() + ":" + schedule.getMinute() + " "
                            + schedule.getTimezone() + " cancelled");
                }
            }
        }
        if (!found) {
            timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                    .timezone(zone.getId()), new TimerConfig(info, true));
        }
    }
}
