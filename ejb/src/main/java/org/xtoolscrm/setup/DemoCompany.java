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
 * few customers. Every demo account has the password {@value #PASSWORD}. The accounts
 * go to the change log as created by "system"; the demo customers do not.
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
        customer(sales1, "D-0004", "杭州云帆科技有限公司", "浙江", "杭州市", "信息技术", CustomerStatus.PROSPECT);
        customer(sales1, "D-0005", "宁波港联物流有限公司", "浙江", "宁波市", "交通运输", CustomerStatus.ACTIVE);
        customer(sales2, "D-0006", "南京金陵食品有限公司", "江苏", "南京市", "食品", CustomerStatus.FORMER);
        customer(sales2, "D-0007", "Suzhou Precision Parts Co.", "Jiangsu", "Suzhou", "Manufacturing", CustomerStatus.PROSPECT);
        customer(south, "D-0008", "广州南粤医药有限公司", "广东", "广州市", "医药", CustomerStatus.ACTIVE);
        customer(sales3, "D-0009", "深圳前海数据服务有限公司", "广东", "深圳市", "信息技术", CustomerStatus.PROSPECT);
        customer(sales3, "D-0010", "佛山顺达家具有限公司", "广东", "佛山市", "制造业", CustomerStatus.ACTIVE);
        customer(sales4, "D-0011", "厦门海景酒店管理有限公司", "福建", "厦门市", "住宿餐饮", CustomerStatus.PROSPECT);
        customer(sales4, "D-0012", "Fuzhou Green Tea Export Co.", "Fujian", "Fuzhou", "Agriculture", CustomerStatus.FORMER);
        customer(sales5, "D-0013", "成都天府文化传媒有限公司", "四川", "成都市", "文化传媒", CustomerStatus.PROSPECT);
        customer(sales5, "D-0014", "武汉长江建设工程有限公司", "湖北", "武汉市", "建筑业", CustomerStatus.ACTIVE);

    }

    private User account(String login, String name, Role role, User superior) {
        User user = new User(login, name, role, passwordHash);
        user.setSuperior(superior);
        em.persist(user);
        em.flush();
        changeLog.created(user);
        return user;
    }

    private void customer(User owner, String code, String name, String province, String city,
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
    }
}
