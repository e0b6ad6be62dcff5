package org.xtoolscrm.setup;

import jakarta.persistence.EntityManager;
import org.xtoolscrm.account.PasswordHasher;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerStatus;
import org.xtoolscrm.customer.CustomerType;

/**
 * The demo company of the embedded default database: one Boss, two Managers with
 * two salespeople each, and one salesperson who reports to the Boss, each with a
 * few customers, and some of their contacts, activities, schedules, tasks, expenses,
 * complaints and service records (see {@link DemoWork}). Every demo account has the
 * password {@value #PASSWORD}. The accounts go to the change log as created by "system";
 * the demo customers do not.
 */
final class DemoCompany {

    static final String PASSWORD = "demo123";

    private final EntityManager em;
    private final ChangeLog changeLog;
    private final String passwordHash = PasswordHasher.hash(PASSWORD);

    DemoCompany(EntityManager em, ChangeLog changeLog) {
        this.em = em;
        this.changeLog = changeLog;
    }

    void create() {
        User boss = account("boss", "王建国", Role.BOSS, null);
        User east = account("manager1", "李娜", Role.MANAGER, boss);
        User south = account("manager2", "张伟", Role.MANAGER, boss);
        User sales1 = account("sales1", "刘洋", Role.SALES, east);
        User sales2 = account("sales2", "陈静", Role.SALES, east);
        User sales3 = account("sales3", "杨磊", Role.SALES, south);
        User sales4 = account("sales4", "赵敏", Role.SALES, south);
        User sales5 = account("sales5", "Emily Zhou", Role.SALES, boss);

        customer(boss, "D-0001", "华远集团有限公司", "北京", "北京市", "金融业", CustomerStatus.ACTIVE);
        customer(east, "D-0002", "上海申达机电有限公司", "上海", "上海市", "制造业", CustomerStatus.PROSPECT);
        customer(east, "D-0003", "Blue River Trading Ltd.", "Jiangsu", "Suzhou", "Wholesale", CustomerStatus.ACTIVE);
        Customer yunfan = customer(sales1, "D-0004", "杭州云帆科技有限公司", "浙江", "杭州市", "信息技术", CustomerStatus.PROSPECT);
        Customer ganglian = customer(sales1, "D-0005", "宁波港联物流有限公司", "浙江", "宁波市", "交通运输", CustomerStatus.ACTIVE);
        customer(sales2, "D-0006", "南京金陵食品有限公司", "江苏", "南京市", "食品", CustomerStatus.FORMER);
        Customer precision = customer(sales2, "D-0007", "Suzhou Precision Parts Co.", "Jiangsu", "Suzhou", "Manufacturing", CustomerStatus.ACTIVE);
        customer(south, "D-0008", "广州南粤医药有限公司", "广东", "广州市", "医药", CustomerStatus.ACTIVE);
        Customer qianhai = customer(sales3, "D-0009", "深圳前海数据服务有限公司", "广东", "深圳市", "信息技术", CustomerStatus.PROSPECT);
        customer(sales3, "D-0010", "佛山顺达家具有限公司", "广东", "佛山市", "制造业", CustomerStatus.ACTIVE);
        customer(sales4, "D-0011", "厦门海景酒店管理有限公司", "福建", "厦门市", "住宿餐饮", CustomerStatus.PROSPECT);
        customer(sales4, "D-0012", "Fuzhou Green Tea Export Co.", "Fujian", "Fuzhou", "Agriculture", CustomerStatus.FORMER);
        customer(sales5, "D-0013", "成都天府文化传媒有限公司", "四川", "成都市", "文化传媒", CustomerStatus.PROSPECT);
        Customer changjiang = customer(sales5, "D-0014", "武汉长江建设工程有限公司", "湖北", "武汉市", "建筑业", CustomerStatus.ACTIVE);
        em.flush();

        DemoWork work = new DemoWork(em);
        work.rate("USD", "7.100000", boss);
        work.on(yunfan, sales1)
                .contact("周晓峰", "采购经理", "13905710001", "zhouxf@yunfan.example.cn", true)
                .contact("吴婷", "IT 主管", "13905710002", "wuting@yunfan.example.cn", false)
                .activity(12, 10, "CALL", "电话介绍产品，对方对移动端功能感兴趣", "约定上门演示")
                .activity(5, 14, "DEMO", "上门演示销售漏斗和客户 360 视图", "需要报价，预算二十万以内")
                .activity(1, 9, "CALL", "电话确认报价单的交付时间", "对方希望本周内收到")
                .activity(1, 17, "EMAIL", "发送实施计划初稿", null)
                .schedule(1, 10, "VISIT", "送报价单并讨论实施计划", "杭州市滨江区网商路 599 号")
                .task(-1, "HIGH", "发送正式报价单")
                .task(4, "NORMAL", "准备合同草稿")
                .expense(5, "TRAVEL", "356.00", "杭州往返高铁票", east)
                .expense(5, "MEALS", "268.50", "与采购团队午餐", null)
                .deal().through("移动销售系统采购", "180000.00", "CNY", 20, null,
                        "INITIAL_CONTACT:7", "NEEDS_CONFIRMED:5", "PROPOSAL");
        work.on(ganglian, sales1)
                .contact("孙海", "物流总监", "13805740003", "sunhai@ganglian.example.cn", true)
                .activity(20, 9, "VISIT", "拜访宁波仓库，了解现有系统", "对方明年一季度换系统")
                .activity(3, 16, "EMAIL", "发送成功案例和产品手册", "已读，等待回复")
                .schedule(3, 15, "CALL", "电话跟进案例反馈", null)
                .task(6, "LOW", "整理宁波港区客户名单")
                .complaint(2, 9, "PRODUCT_QUALITY", "URGENT", "OPEN", "仓库扫码枪批量上传后数据丢失，影响当天发货",
                        null, null)
                .complaint(15, 11, "LATE_DELIVERY", "NORMAL", "CLOSED", "培训资料比约定晚到一周",
                        "补发资料并加开一次线上培训", 4)
                .service(14, "INSTALLATION", "上门安装仓库终端并完成联调", "6.5")
                .service(9, "TRAINING", "为仓库主管培训出入库流程", "3.0")
                .deal().through("仓储管理系统升级", "320000.00", "CNY", 75, null, "INITIAL_CONTACT:17", "NEEDS_CONFIRMED")
                .deal().through("港区车队调度试点", "45000.00", "CNY", 0, "对方选择了本地供应商",
                        "INITIAL_CONTACT:10", "PROPOSAL:6", "LOST");
        work.on(precision, sales2)
                .contact("Michael Chen", "Plant Manager", "13962120004", "m.chen@precision.example.com", true)
                .activity(8, 11, "MEETING", "Meeting with the plant manager about spare parts ordering",
                        "Wants a trial for two production lines")
                .activity(1, 14, "CALL", "Call with Michael Chen about the trial scope", "Two lines confirmed")
                .schedule(2, 9, "MEETING", "Kick-off of the two-line trial", "Suzhou Industrial Park")
                .task(2, "HIGH", "Send the trial agreement")
                .deal().through("Spare parts portal, two lines", "28000.00", "USD", 12, null,
                        "INITIAL_CONTACT:9", "PROPOSAL:4", "NEGOTIATION");
        work.on(qianhai, sales3)
                .contact("林晓", "CTO", "13760050005", "linxiao@qianhai.example.cn", true)
                .activity(6, 15, "CALL", "了解数据安全要求", "需要本地部署")
                .schedule(5, 14, "VISIT", "技术交流：本地部署方案", "深圳市前海深港合作区")
                .expense(6, "TRANSPORT", "86.00", "出租车", null)
                .deal().through("本地部署数据平台", "560000.00", "CNY", 45, null, "INITIAL_CONTACT:6", "NEEDS_CONFIRMED:3",
                        "PROPOSAL:2", "NEEDS_CONFIRMED");
        work.on(changjiang, sales5)
                .contact("Grace Liu", "Purchasing Director", "13871270006", "grace.liu@changjiang.example.cn", true)
                .activity(4, 10, "VISIT", "Site visit at the Wuhan office, met the purchasing team",
                        "They compare us with two other vendors")
                .schedule(1, 16, "CALL", "Call Grace about the comparison criteria", null)
                .task(0, "NORMAL", "Send the reference customer list")
                .complaint(6, 15, "BILLING", "HIGH", "PROCESSING",
                        "The first invoice lists the site licences twice", "Finance is issuing a corrected invoice",
                        null)
                .service(3, "CONSULTATION", "Answered questions on user roles for the site managers", "1.5")
                .deal().through("Site management suite", "150000.00", "CNY", 0, null, "INITIAL_CONTACT:12",
                        "NEEDS_CONFIRMED:6", "PROPOSAL:5", "NEGOTIATION:3", "WON")
                .deal().through("Second site rollout", "90000.00", "CNY", 40, null, "INITIAL_CONTACT")
                .contract("Site management suite, Wuhan office", "150000.00", 0, "EXECUTING", "Site management suite")
                .plan(0, "60000.00").plan(20, "90000.00")
                .payment(0, "60000.00", "BANK_TRANSFER", 0)
                .done();
        work.on(precision, sales2)
                .contract("Maintenance of the ordering portal, 2026", "36000.00", 70, "EXECUTING", null)
                .plan(-40, "18000.00").plan(-10, "18000.00")
                .payment(38, "18000.00", "BANK_TRANSFER", 0)
                .done();
        work.accountsCreated(90);
    }


    private User account(String login, String name, Role role, User superior) {
        User user = new User(login, name, role, passwordHash);
        user.setSuperior(superior);
        em.persist(user);
        em.flush();
        changeLog.created(user);
        return user;
    }

    private Customer customer(User owner, String code, String name, String province, String city,
                              String industry, CustomerStatus status) {
        Customer customer = new Customer();
        customer.setCode(code);
        customer.setName(name);
        customer.setType(CustomerType.ENTERPRISE);
        customer.setOwner(owner);
        customer.setProvince(province);
        customer.setCity(city);
        customer.setIndustry(industry);
        customer.setStatus(status);
        em.persist(customer);
        return customer;
    }
}
